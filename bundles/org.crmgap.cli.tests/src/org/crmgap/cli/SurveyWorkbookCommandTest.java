package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap survey SURVEY.xlsx}: the R fixture's answers as the first sheet of a workbook (written here to the
 * format's minimal structure: numbers as number cells, text as inline strings, a notes sheet after it) give the JSON of
 * the plain CSV file; {@code --sheet} chooses another sheet, and R's values come from the sheet it names.
 */
class SurveyWorkbookCommandTest {

	private static final Path PLAIN = Commands.FIXTURES.resolve("survey-ref.csv");
	/** A sheet name with spaces, an apostrophe and double quotes, as Excel allows. */
	private static final String SHEET = "Bank's \"Wave 2\" answers";

	@TempDir
	Path dir;

	@Test
	void aWorkbookOfThePlainAnswersGivesThePlainJson() throws Exception {
		Path workbook = WorkbookFiles.write(dir.resolve("survey.xlsx"), new WorkbookFiles.Sheet("answers",
				SurveyExportFiles.Plain.read(PLAIN)), WorkbookFiles.Sheet.notes("notes"));
		Commands.Run plain = Commands.run("survey", PLAIN.toString(), "--format", "json");
		Commands.Run run = Commands.run("survey", workbook.toString(), "--format", "json");
		assertEquals(plain.code(), run.code(), run.err());
		JsonNode expected = new ObjectMapper().readTree(plain.out());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, json));
		assertEquals(expected, json, "every number equal, not only close");
		assertTrue(JsonComparison.countNumbers(json) > 300);
	}

	/**
	 * The reference answers on the second sheet, after the previous wave's (a valid survey with other values): with
	 * {@code --sheet} the indicators are R's (reference.json), without it those of the first sheet, which are not.
	 */
	@Test
	void theSheetNamedBySheetGivesRsValues() throws Exception {
		Path workbook = waves();
		String managers = Commands.FIXTURES.resolve("managers-ref.csv").toString();
		JsonNode expected = new ObjectMapper().readTree(Commands.FIXTURES.resolve("reference.json").toFile());
		Commands.Run run = Commands.run("survey", workbook.toString(), "--sheet", SHEET, "--managers", managers, "--format",
				"json");
		assertEquals(0, run.code(), run.err());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, json));
		assertTrue(JsonComparison.countNumbers(expected) > 400);
		Commands.Run first = Commands.run("survey", workbook.toString(), "--managers", managers, "--format", "json");
		assertFalse(JsonComparison.differences(expected, new ObjectMapper().readTree(first.out())).isEmpty(),
				"the first sheet holds other answers");
	}

	@Test
	void aSheetThatIsNotThereOrASheetOfACsvFileIsAOneLineError() throws Exception {
		Path workbook = waves();
		Commands.Run missing = Commands.run("survey", workbook.toString(), "--sheet", "Wave 3");
		assertEquals(2, missing.code());
		assertEquals("error: " + workbook + ": no sheet \"Wave 3\" (sheets: \"Wave 1\", \"Bank's \"Wave 2\" answers\", "
				+ "\"notes\")\n", missing.err());
		assertEquals("", missing.out());
		Commands.Run csv = Commands.run("survey", PLAIN.toString(), "--sheet", "Wave 2");
		assertEquals(2, csv.code());
		assertEquals("error: " + PLAIN + ": is not an .xlsx workbook, so it has no sheet \"Wave 2\": --sheet is for "
				+ "workbooks only\n", csv.err());
		Commands.Run profiles = Commands.run("profiles", PLAIN.toString(), "--sheet", "Wave 2");
		assertEquals(csv.err(), profiles.err());
		assertEquals(2, profiles.code());
	}

	/**
	 * Both waves and the managers' estimates as sheets of one workbook: {@code --previous-sheet} and
	 * {@code --managers-sheet} choose them, and the change since the previous wave is R's (reference-waves.json).
	 */
	@Test
	void theManagersAndThePreviousWaveFromSheetsOfTheSameWorkbook() throws Exception {
		Path workbook = WorkbookFiles.write(dir.resolve("all.xlsx"), WorkbookFiles.Sheet.notes("notes"), new WorkbookFiles.Sheet(
				"2025", SurveyExportFiles.Plain.read(Commands.FIXTURES.resolve("survey-ref-previous.csv"))), new WorkbookFiles.Sheet(
						"2026", SurveyExportFiles.Plain.read(PLAIN)), new WorkbookFiles.Sheet("Managers' estimates",
								SurveyExportFiles.Plain.read(Commands.FIXTURES.resolve("managers-ref.csv"))));
		String book = workbook.toString();
		Commands.Run run = Commands.run("survey", book, "--sheet", "2026", "--previous", book, "--previous-sheet", "2025",
				"--managers", book, "--managers-sheet", "Managers' estimates", "--format", "json");
		assertEquals(1, run.code(), "a segment of the previous wave only is a warning: " + run.err());
		JsonNode expected = new ObjectMapper().readTree(Commands.FIXTURES.resolve("reference-waves.json").toFile());
		assertEquals(List.of(), JsonComparison.differences(expected, new ObjectMapper().readTree(run.out())));

		Commands.Run csv = Commands.run("survey", book, "--sheet", "2026", "--managers", Commands.FIXTURES.resolve(
				"managers-ref.csv").toString(), "--managers-sheet", "Managers' estimates");
		assertEquals("error: " + Commands.FIXTURES.resolve("managers-ref.csv") + ": is not an .xlsx workbook, so it has no sheet "
				+ "\"Managers' estimates\": --managers-sheet is for workbooks only\n", csv.err());
		Commands.Run alone = Commands.run("survey", book, "--previous-sheet", "2025");
		assertEquals("error: --previous-sheet names a sheet of no file\n", alone.err());
		assertEquals(2, alone.code());
	}

	/** {@code profiles --sheet}: the example's survey on the second sheet gives R's profiles (profiles-reference.json). */
	@Test
	void profilesReadTheSheetNamedBySheet() throws Exception {
		Path survey = Examples.file(Examples.RETAIL_BANK).resolveSibling("data/survey.csv");
		Path workbook = WorkbookFiles.write(dir.resolve("bank.xlsx"), new WorkbookFiles.Sheet("Wave 1", SurveyExportFiles.Plain.read(
				Commands.FIXTURES.resolve("survey-ref-previous.csv"))), new WorkbookFiles.Sheet(SHEET,
						SurveyExportFiles.Plain.read(survey)));
		Commands.Run run = Commands.run("profiles", workbook.toString(), "--sheet", SHEET, "--format", "json");
		assertEquals(0, run.code(), run.err());
		JsonNode expected = new ObjectMapper().readTree(Commands.FIXTURES.resolve("profiles-reference.json").toFile())
				.get("example");
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, JsonComparison.project(expected, json)));
		assertEquals(387, json.get("complete").asInt());
		assertEquals(workbook.toString(), json.get("file").asText());
	}

	private Path waves() throws Exception {
		return WorkbookFiles.write(dir.resolve("waves.xlsx"), new WorkbookFiles.Sheet("Wave 1", SurveyExportFiles.Plain.read(
				Commands.FIXTURES.resolve("survey-ref-previous.csv"))), new WorkbookFiles.Sheet(SHEET,
						SurveyExportFiles.Plain.read(PLAIN)), WorkbookFiles.Sheet.notes("notes"));
	}
}
