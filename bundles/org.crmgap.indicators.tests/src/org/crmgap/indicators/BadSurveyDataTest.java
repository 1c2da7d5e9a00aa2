package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.data.DataException;
import org.crmgap.data.DataWarning;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.DataTable;
import org.crmgap.data.WideCsvLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad survey data: clear errors naming file, line and column, or counted and excluded answers. */
class BadSurveyDataTest {

	private static final String HEADER = "respondent,segment,E1,E2,P1,P2\n";

	@TempDir
	Path dir;

	@Test
	void missingFileIsAnError() {
		Path missing = dir.resolve("none.csv");
		DataException e = assertThrows(DataException.class, () -> SurveyFixtures.analyse(missing, null));
		assertEquals(missing + ": file does not exist", e.getMessage());
	}

	@Test
	void missingRespondentColumnIsNamed() throws IOException {
		Path file = write("norespondent.csv", "id,segment,E1,P1\nA,x,5,4\n");
		DataException e = assertThrows(DataException.class, () -> SurveyFixtures.analyse(file, null));
		assertEquals("respondent", e.getColumn());
		assertTrue(e.getMessage().startsWith(file + ":1 column respondent: missing column"), e.getMessage());
	}

	@Test
	void duplicateRespondentNamesBothLines() throws IOException {
		Path file = write("dup.csv", HEADER + "A,x,5,5,4,4\nB,x,5,5,4,4\nA,y,6,6,5,5\n");
		DataException e = assertThrows(DataException.class, () -> SurveyFixtures.analyse(file, null));
		assertEquals(4, e.getLine());
		assertTrue(e.getMessage().contains("duplicate respondent id 'A' (first at line 2)"), e.getMessage());
	}

	@Test
	void emptyRespondentIdIsAnError() throws IOException {
		Path file = write("empty-id.csv", HEADER + "A,x,5,5,4,4\n,x,5,5,4,4\n");
		DataException e = assertThrows(DataException.class, () -> SurveyFixtures.analyse(file, null));
		assertEquals(3, e.getLine());
	}

	@Test
	void nonNumericAndOutOfScaleAnswersAreCountedAndExcluded() throws Exception {
		Path file = write("bad-answers.csv", HEADER + "A,x,5,6,4,n/a\nB,x,5,6,9,5\nC,x,5,6,3,abc\nD,x,5,6,4,0\n");
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new WideCsvLoader(engine, Scale.LIKERT_7).load(file, "survey");
			assertEquals(3, survey.warnings().size(), survey.warnings().toString());
			DataWarning nonNumeric = survey.warnings().stream().filter(w -> w.problem().startsWith("non-numeric")).findFirst().orElseThrow();
			assertEquals("P2", nonNumeric.column());
			assertEquals(2, nonNumeric.count());
			assertEquals(2, nonNumeric.firstLine());
			assertEquals("n/a", nonNumeric.firstValue());
			assertTrue(survey.warnings().stream().anyMatch(w -> w.column().equals("P1") && w.count() == 1 && w.firstLine() == 3));
			assertTrue(survey.warnings().stream().anyMatch(w -> w.column().equals("P2") && w.count() == 1 && w.firstValue().equals("0")));
			ServqualResult result = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, null, Scale.LIKERT_7);
			ServqualResult.Item p1 = result.groups().get(0).items().get(0);
			assertEquals(3, p1.n(), "B's 9 is excluded, not clipped to 7");
			assertEquals((-1 - 2 - 1) / 3.0, p1.gap(), 1e-12);
			assertEquals(1, result.groups().get(0).items().get(1).n(), "only B's P2 is usable");
		}
	}

	@Test
	void nonNumericValueBeyondTheEnginesTypeSampleIsStillCaught() throws Exception {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int r = 0; r < 30_000; r++) {
			rows.append('R').append(r).append(",x,5,6,").append(r == 29_000 ? "oops" : "4").append(",5\n");
		}
		Path file = write("late.csv", rows.toString());
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new WideCsvLoader(engine, Scale.LIKERT_7).load(file, "survey");
			DataWarning late = survey.warnings().get(0);
			assertEquals(1, late.count());
			assertEquals(29_002, late.firstLine());
			assertEquals("oops", late.firstValue());
			ServqualResult result = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, null, Scale.LIKERT_7);
			assertEquals(29_999, result.groups().get(0).items().get(0).n());
			assertEquals(-1.0, result.groups().get(0).items().get(0).gap(), 1e-12);
		}
	}

	@Test
	void semicolonsAndByteOrderMarkGiveTheSameResult() throws Exception {
		String rows = "A,x,5,6,4,4\nB,y,6,6,5,7\nC,x,4,5,4,2\n";
		Path comma = write("comma.csv", HEADER + rows);
		Path semicolon = dir.resolve("semicolon.csv");
		Files.write(semicolon, ("\uFEFF" + (HEADER + rows).replace(',', ';')).getBytes(StandardCharsets.UTF_8));
		for (Path file : new Path[] { comma, semicolon }) {
			// by hand: item 1 gaps P1 - E1: 4 - 5, 5 - 6, 4 - 4 = -1, -1, 0 (mean -2/3);
			// item 2 gaps P2 - E2: 4 - 6, 7 - 6, 2 - 5 = -2, 1, -3 (mean -4/3);
			// tangibles (items 1-2) per respondent: (-1 - 2) / 2, (-1 + 1) / 2, (0 - 3) / 2 = -1.5, 0, -1.5 (mean -1)
			ServqualResult.Group all = SurveyFixtures.analyse(file, null).groups().get(0);
			assertEquals(3, all.respondents(), file.toString());
			assertEquals(-2.0 / 3, all.items().get(0).gap(), 1e-12, file.toString());
			assertEquals(3, all.items().get(0).n(), file.toString());
			assertEquals(-4.0 / 3, all.items().get(1).gap(), 1e-12, file.toString());
			assertEquals(-1.0, all.dimensions().get(0).gap(), 1e-12, file.toString());
		}
	}

	@Test
	void latin1FileIsRefusedWithItsEncoding() throws IOException {
		Path file = dir.resolve("latin1.csv");
		Files.write(file, "respondent,segment,E1,P1\nRen\u00e9,caf\u00e9,5,4\n".replace("respondent", "r\u00e9spondent")
				.getBytes(StandardCharsets.ISO_8859_1));
		DataException e = assertThrows(DataException.class, () -> SurveyFixtures.analyse(file, null));
		assertTrue(e.getMessage().contains("not UTF-8 encoded"), e.getMessage());
	}

	@Test
	void fileWithoutSurveyItemsIsAnError() throws IOException {
		Path file = write("no-items.csv", "respondent,segment,age\nA,x,40\n");
		Exception e = assertThrows(Exception.class, () -> SurveyFixtures.analyse(file, null));
		assertTrue(e.getMessage().contains("no survey item has both an expectation and a perception column"), e.getMessage());
	}

	@Test
	void fingerprintRecordsWhatWasRead() throws Exception {
		Path file = write("fp.csv", HEADER + "A,x,5,6,4,4\n");
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new WideCsvLoader(engine, Scale.LIKERT_7).load(file, "survey");
			assertEquals(1, survey.fingerprint().rows());
			// 31 bytes of header ("respondent,segment,E1,E2,P1,P2\n") + 12 of the row ("A,x,5,6,4,4\n")
			assertEquals(43, survey.fingerprint().bytes());
			// the same 43 bytes through coreutils: printf 'respondent,segment,E1,E2,P1,P2\nA,x,5,6,4,4\n' | sha256sum
			assertEquals("1669d698d104bcae60b8d5fe8f741affa759da54a3098a23124b0506fd0a7946", survey.fingerprint().sha256());
		}
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}
}
