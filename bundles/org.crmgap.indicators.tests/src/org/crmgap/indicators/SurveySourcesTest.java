package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.crmgap.data.AnswerTable;
import org.crmgap.data.Scale;
import org.crmgap.model.AnswerLabel;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyInstrument;
import org.junit.jupiter.api.Test;

/** A survey source's answer table: its instrument's scale's agreement labels with the labels saved on the source. */
class SurveySourcesTest {

	private final CrmGapFactory factory = CrmGapFactory.eINSTANCE;

	@Test
	void theInstrumentsScaleWithTheSavedLabelsAddedOrReplacing() {
		GapModel model = factory.createGapModel();
		SurveyInstrument five = factory.createSurveyInstrument();
		five.setScaleMin(1);
		five.setScaleMax(5);
		model.getSurveyInstruments().add(five);
		DataSource source = factory.createDataSource();
		model.getDataSources().add(source);
		source.getAnswerLabels().add(label("Rather agree", 4));
		source.getAnswerLabels().add(label("AGREE", 4.5));

		// no instrument named on the source: the model's first, 1-5
		assertEquals(new Scale(1, 5), SurveySources.scale(source));
		AnswerTable table = SurveySources.answers(source);
		assertEquals(Optional.of("4"), table.value("rather agree"));
		assertEquals(Optional.of("4.5"), table.value("Agree"), "the saved label replaces the 5-point default 4");
		assertEquals(Optional.of("5"), table.value("Strongly agree"));
		assertEquals(Optional.empty(), table.value("Somewhat agree"), "a 7-point label is not guessed on a 5-point scale");
		assertEquals(6, table.size());
	}

	@Test
	void withoutAnInstrumentTheSevenPointLabels() {
		DataSource source = factory.createDataSource();
		assertEquals(Scale.LIKERT_7, SurveySources.scale(source));
		assertEquals(Optional.of("5"), SurveySources.answers(source).value("Somewhat agree"));
		assertEquals(Optional.empty(), SurveySources.answers(source).value("Rather agree"));
	}

	private AnswerLabel label(String text, double value) {
		AnswerLabel label = factory.createAnswerLabel();
		label.setText(text);
		label.setValue(value);
		return label;
	}
}
