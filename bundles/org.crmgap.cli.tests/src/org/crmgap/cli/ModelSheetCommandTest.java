package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A data source's {@code sheet}: the example's two customer surveys moved into one workbook, a notes sheet first, each
 * data source naming its sheet; {@code analyze} gives the indicators of the CSV files in every wave.
 */
class ModelSheetCommandTest {

	private static final String SHEET_2026 = "Survey \"2026\"";

	@TempDir
	Path dir;

	@Test
	void eachDataSourceReadsTheSheetItNames() throws Exception {
		Path copy = Commands.copyExample(dir);
		JsonNode expected = new ObjectMapper().readTree(analyze(copy, 0).out());
		GapModel bank = workbookModel(copy, "Survey 2025");
		JsonNode json = new ObjectMapper().readTree(analyze(copy, 0).out());
		assertEquals(expected.get("gaps"), json.get("gaps"));
		assertEquals(expected.get("trends"), json.get("trends"));
		assertTrue(expected.get("gaps").size() > 5, expected.toString());

		// the 2025 source names the 2026 sheet: the indicators change, so the sheet is what is read
		bank.getDataSources().stream().filter(s -> "data/surveys.xlsx".equals(s.getLocation())).findFirst().orElseThrow()
				.setSheet(SHEET_2026);
		ModelFiles.save(bank, copy);
		JsonNode wrong = new ObjectMapper().readTree(analyze(copy, 0).out());
		assertTrue(!expected.get("trends").equals(wrong.get("trends")), "both waves read the 2026 answers");
	}

	@Test
	void aSheetTheWorkbookDoesNotHaveIsAOneLineError() throws Exception {
		Path copy = Commands.copyExample(dir);
		workbookModel(copy, "Survey 2024");
		Commands.Run run = Commands.run("analyze", copy.toString(), "--wave", "2025");
		assertEquals(2, run.code());
		Path book = dir.resolve("data/surveys.xlsx");
		assertEquals("error: " + book + ": no sheet \"Survey 2024\" (sheets: \"Notes\", \"Survey 2025\", \"Survey \"2026\"\")\n",
				run.err());
	}

	/** The example's customer surveys as sheets of data/surveys.xlsx, the CSV files deleted; the 2025 source names {@code sheet2025}. */
	private static GapModel workbookModel(Path copy, String sheet2025) throws Exception {
		Path data = copy.resolveSibling("data");
		WorkbookFiles.write(data.resolve("surveys.xlsx"), WorkbookFiles.Sheet.notes("Notes"), new WorkbookFiles.Sheet("Survey 2025",
				SurveyExportFiles.Plain.read(data.resolve("survey.csv"))), new WorkbookFiles.Sheet(SHEET_2026,
						SurveyExportFiles.Plain.read(data.resolve("survey-2026.csv"))));
		Files.delete(data.resolve("survey.csv"));
		Files.delete(data.resolve("survey-2026.csv"));
		GapModel bank = ModelFiles.load(copy);
		List<DataSource> surveys = bank.getDataSources().stream().filter(s -> s.getRole() == DataRole.CUSTOMER_SURVEY).toList();
		assertEquals(2, surveys.size());
		for (DataSource survey : surveys) {
			survey.setSheet(survey.getLocation().endsWith("2026.csv") ? SHEET_2026 : sheet2025);
			survey.setLocation("data/surveys.xlsx");
			survey.setDelimiter(null);
		}
		ModelFiles.save(bank, copy);
		return bank;
	}

	private static Commands.Run analyze(Path model, int code) {
		// the latest wave, with the trends of both
		Commands.Run run = Commands.run("analyze", model.toString(), "--format", "json");
		assertEquals(code, run.code(), run.err());
		return run;
	}
}
