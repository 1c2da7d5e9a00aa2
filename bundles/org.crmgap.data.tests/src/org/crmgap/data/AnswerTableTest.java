package org.crmgap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The default answer tables: the agreement labels of the 7- and 5-point scales, numbers as they are, nothing guessed. */
class AnswerTableTest {

	@Test
	void sevenPointLabelsIgnoringCaseAndSpaces() {
		AnswerTable table = AnswerTable.defaults(Scale.LIKERT_7);
		assertEquals(List.of("1", "3", "4", "5", "7"), List.of("Strongly disagree", " somewhat DISAGREE ",
				"Neither agree nor disagree", "Somewhat Agree", "STRONGLY AGREE").stream().map(a -> table.value(a).orElseThrow())
				.toList());
	}

	@Test
	void fivePointLabels() {
		AnswerTable table = AnswerTable.defaults(new Scale(1, 5));
		assertEquals(List.of("1", "2", "3", "4", "5"), List.of("Strongly disagree", "Disagree", "Neither agree nor disagree",
				"Agree", "Strongly agree").stream().map(a -> table.value(a).orElseThrow()).toList());
		assertEquals(Optional.empty(), table.value("Somewhat agree"), "a 7-point label is not guessed on a 5-point scale");
	}

	@Test
	void numbersAndEmptyAnswersAsTheyAreOtherTextUnknown() {
		AnswerTable table = AnswerTable.defaults(Scale.LIKERT_7);
		assertEquals(Optional.of("6"), table.value(" 6 "));
		assertEquals(Optional.of("9"), table.value("9"), "checked against the scale later, like any answer");
		assertEquals(Optional.of(""), table.value("  "));
		assertEquals(Optional.empty(), table.value("Don't know"));
		assertEquals(Optional.empty(), AnswerTable.defaults(new Scale(0, 10)).value("Agree"));
	}

	@Test
	void savedLabelsAddOrReplaceWholeValuesWithoutFraction() {
		java.util.Map<String, Double> saved = new java.util.LinkedHashMap<>();
		saved.put(" Rather agree ", 5.0);
		saved.put("AGREE", 5.5);
		saved.put("  ", 3.0);
		saved.put("Unsure", Double.NaN);
		AnswerTable table = AnswerTable.defaults(Scale.LIKERT_7).with(saved);
		assertEquals(Optional.of("5"), table.value("rather agree"));
		assertEquals(Optional.of("5.5"), table.value("Agree"), "a saved label replaces the default one");
		assertEquals(Optional.of("7"), table.value("Strongly agree"));
		assertEquals(Optional.empty(), table.value("Unsure"), "a label without a number is no label");
		assertEquals(8, table.size());
	}
}
