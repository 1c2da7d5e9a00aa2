package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.WideCsvLoader;
import org.crmgap.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 3.5 on a whole-number scale is not an answer; a gap whose test cannot be computed is not judged. */
class NotWholeAnswersAndNotJudgedTest {

	@TempDir
	Path dir;

	private static final String SURVEY = "respondent,segment,E1,P1\nA,x,5,3.5\nB,x,6,5\nC,x,4,4\n";

	private ServqualResult.Item item1(Scale scale) throws Exception {
		Path file = Files.writeString(dir.resolve("half.csv"), SURVEY);
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new WideCsvLoader(engine, scale).load(file, "survey");
			if (!scale.continuous()) {
				assertEquals(1, survey.warnings().size());
				assertEquals(file + " column P1: 1 value(s) that are not whole numbers (the scale is not continuous) excluded "
						+ "(first at line 2: '3.5')", survey.warnings().get(0).toString());
			}
			return new ServqualAnalysis(engine, java.util.List.of(SurveyFixtures.dimension("tangibles", 1)))
					.analyse(survey, null, scale).groups().get(0).items().get(0);
		}
	}

	@Test
	void aHalfAnswerOnAWholeNumberScaleIsExcluded() throws Exception {
		ServqualResult.Item item = item1(Scale.LIKERT_7);
		// B: 5 - 6, C: 4 - 4
		assertEquals(-0.5, item.gap(), 1e-12);
		assertEquals(2, item.n());
	}

	@Test
	void aContinuousScaleKeepsIt() throws Exception {
		ServqualResult.Item item = item1(new Scale(1, 7, true));
		// A: 3.5 - 5, B: 5 - 6, C: 0
		assertEquals(-2.5 / 3, item.gap(), 1e-12);
		assertEquals(3, item.n());
	}

	@Test
	void aCustomerGapOfOneRespondentIsNotJudgedOnItsSize() throws Exception {
		TinyBank bank = new TinyBank(dir);
		// only respondent c stays in Retail: its reliability gap 3 - 6 = -3 has no test
		Files.writeString(dir.resolve("survey.csv"), "respondent,segment,E1,P1,E5,P5,VALUE_E1,VALUE_P1\n"
				+ "a,z,6,5,7,4,5,4\nb,z,5,5,6,6,6,6\nc,r,7,4,6,3,4,2\n");
		GapFinding reliability = finding(bank, "Reliability");
		assertEquals(-3.0, reliability.value(), 1e-12);
		assertEquals(1, reliability.n());
		assertEquals(Severity.NOT_JUDGED, reliability.severity());
		// how analyze prints it: NotJudgedCommandTest in org.crmgap.cli.tests
	}

	@Test
	void aCustomerGapWithoutVarianceIsNotJudged() throws Exception {
		TinyBank bank = new TinyBank(dir);
		// every Retail respondent's reliability gap is -1: the t statistic is undefined
		Files.writeString(dir.resolve("survey.csv"), "respondent,segment,E1,P1,E5,P5,VALUE_E1,VALUE_P1\n"
				+ "a,r,6,5,7,6,5,4\nb,r,5,5,6,5,6,6\nc,r,7,4,6,5,4,2\n");
		GapFinding reliability = finding(bank, "Reliability");
		assertEquals(-1.0, reliability.value(), 1e-12);
		assertEquals(Severity.NOT_JUDGED, reliability.severity());
	}

	private static GapFinding finding(TinyBank bank, String gap) throws Exception {
		return ModelAnalysis.analyse(bank.model, bank.file).gaps().stream().filter(g -> g.gap().equals(gap)).findFirst()
				.orElseThrow();
	}
}
