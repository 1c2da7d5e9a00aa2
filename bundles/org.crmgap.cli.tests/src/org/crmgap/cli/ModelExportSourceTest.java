package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.crmgap.model.AnswerLabel;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyItemKind;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A model's customer surveys that are survey-tool exports: the example's two waves replaced by each tool's export of
 * the same answers ({@link SurveyExportFiles}) give the indicators of the plain CSV files, the instrument's
 * columns naming the plain columns the conversion produces; answer labels saved on the data source are read.
 * The value items are left out of the instrument: the exports carry only the SERVQUAL batteries.
 */
class ModelExportSourceTest {

	@TempDir
	Path dir;

	private Path model;
	private Path data;
	private JsonNode plain;

	@BeforeEach
	void plainIndicators() throws Exception {
		model = Commands.copyExample(dir);
		data = model.resolveSibling("data");
		GapModel bank = ModelFiles.load(model);
		bank.getSurveyInstruments().forEach(i -> i.getItems().stream().filter(item -> item.getKind() == SurveyItemKind.VALUE)
				.toList().forEach(EcoreUtil::delete));
		ModelFiles.save(bank, model);
		plain = analyze(0);
		assertTrue(plain.get("gaps").size() > 5, plain.toString());
	}

	@Test
	void qualtricsExportsGiveThePlainIndicators() throws Exception {
		exports("qualtrics.csv", (answers, file) -> SurveyExportFiles.qualtrics(answers, file, SurveyExportFiles.AGREE_7));
		assertSameIndicators(analyze(0));
	}

	@Test
	void limeSurveyExportsGiveThePlainIndicators() throws Exception {
		exports("limesurvey.csv", (answers, file) -> SurveyExportFiles.limeSurvey(answers, file, false));
		assertSameIndicators(analyze(0));
	}

	@Test
	void surveyMonkeyExportsGiveThePlainIndicators() throws Exception {
		exports("surveymonkey.csv", SurveyExportFiles::surveyMonkey);
		assertSameIndicators(analyze(0));
	}

	@Test
	void anExportAsAWorkbookSheetGivesThePlainIndicators() throws Exception {
		exports("limesurvey.xlsx", (answers, file) -> {
			// the LimeSurvey export's cells (no field of it is quoted) as the workbook's sheet
			Path csv = file.resolveSibling(file.getFileName() + ".csv");
			SurveyExportFiles.limeSurvey(answers, csv, false);
			List<List<String>> rows = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
					.map(l -> Arrays.asList(l.replace("\uFEFF", "").split(";", -1))).toList();
			WorkbookFiles.write(file, WorkbookFiles.Sheet.notes("Notes"), new WorkbookFiles.Sheet("Export",
					new SurveyExportFiles.Plain(rows.get(0), rows.subList(1, rows.size()))));
			Files.delete(csv);
		});
		GapModel bank = ModelFiles.load(model);
		surveys(bank).forEach(s -> s.setSheet("Export"));
		ModelFiles.save(bank, model);
		assertSameIndicators(analyze(0));
	}

	/**
	 * The whole example, value items too: a LimeSurvey export names them by their plain columns (SERV[VALUE_E1]), their
	 * answers as agreement labels read through the answer table (the other answers as codes).
	 */
	@Test
	void valueItemsNamedPlainlyInTheExportGiveThePlainValueGaps() throws Exception {
		model = Commands.copyExample(Files.createDirectories(dir.resolve("with-values")));
		data = model.resolveSibling("data");
		plain = analyze(0);
		assertTrue(plain.get("gaps").toString().contains("\"kind\":\"VALUE\""), plain.get("gaps").toString());
		exports("limesurvey.csv", (answers, file) -> {
			SurveyExportFiles.limeSurvey(answers, file, true);
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<String> header = Arrays.asList(lines.get(0).split(";", -1));
			StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
			for (String line : lines.subList(1, lines.size())) {
				List<String> cells = Arrays.asList(line.split(";", -1));
				for (int c = 0; c < cells.size(); c++) {
					if (header.get(c).startsWith("SERV[VALUE_") && !cells.get(c).isEmpty()) {
						cells.set(c, SurveyExportFiles.AGREE_7.get(Integer.parseInt(cells.get(c)) - 1));
					}
				}
				text.append(String.join(";", cells)).append('\n');
			}
			Files.writeString(file, text, StandardCharsets.UTF_8);
		});
		assertTrue(Files.readString(data.resolve("survey-2026.limesurvey.csv")).contains(";Somewhat agree"));
		assertSameIndicators(analyze(0));
	}

	/** A column the model needs that the export lacks: one line naming the export and the mapping that was used. */
	@Test
	void aColumnTheExportLacksIsAnErrorSayingTheMapping() throws Exception {
		model = Commands.copyExample(Files.createDirectories(dir.resolve("with-values")));
		data = model.resolveSibling("data");
		// the text export has no value items, which the example's instrument names
		exports("limesurvey.csv", (answers, file) -> SurveyExportFiles.limeSurvey(answers, file, false));
		Commands.Run run = Commands.run("analyze", model.toString(), "--format", "json");
		assertEquals(2, run.code(), run.err());
		assertTrue(run.err().startsWith("error: " + data.resolve("survey-2026.limesurvey.csv") + " column VALUE_E1: missing column "
				+ "'VALUE_E1'"), run.err());
		assertTrue(run.err().strip().endsWith("(LimeSurvey CSV export recognised; mapping id → respondent, segment → segment, "
				+ "E[SQ001]..E[SQ022] → E1..E22, P[SQ001]..P[SQ022] → P1..P22, D[SQ001]..D[SQ022] → D1..D22, A[SQ001]..A[SQ022] "
				+ "→ A1..A22, W[tangibles] → W_tangibles, W[reliability] → W_reliability, W[responsiveness] → W_responsiveness, "
				+ "W[assurance] → W_assurance, W[empathy] → W_empathy; 4 columns not used; answer text by a table of 7 labels)"),
				run.err());
		assertEquals(1, run.err().strip().lines().count(), run.err());
	}

	/**
	 * The export says "Rather agree" for 5: without a saved label each such answer is counted as unknown (the count and
	 * first line of the plain file's fives), with the label "Rather agree" = 5 on the sources the plain indicators.
	 */
	@Test
	void answerLabelsSavedOnTheSourceAreRead() throws Exception {
		List<String> labels = SurveyExportFiles.AGREE_7.stream().map(l -> l.equals("Somewhat agree") ? "Rather agree" : l).toList();
		SurveyExportFiles.Plain answers = SurveyExportFiles.Plain.read(data.resolve("survey-2026.csv"));
		exports("qualtrics.csv", (plainAnswers, file) -> SurveyExportFiles.qualtrics(plainAnswers, file, labels));
		Commands.Run unknown = Commands.run("analyze", model.toString(), "--format", "json");
		assertEquals(1, unknown.code(), unknown.err());
		List<String> e1 = answers.rows().stream().map(r -> r.get(answers.header().indexOf("E1"))).toList();
		// the export's own line: three header rows, the second with a line break in each E and P question's text
		String warning = data.resolve("survey-2026.qualtrics.csv") + " column Q1_1 (E1): "
				+ e1.stream().filter("5"::equals).count() + " answers not in the answer table left empty (first at line "
				+ (4 + 44 + e1.indexOf("5")) + ": 'Rather agree')";
		JsonNode json = new ObjectMapper().readTree(unknown.out());
		assertTrue(json.get("warnings").toString().contains(warning), json.get("warnings").toString());
		assertNotEquals(plain.get("gaps"), json.get("gaps"));

		GapModel bank = ModelFiles.load(model);
		for (DataSource survey : surveys(bank)) {
			AnswerLabel label = CrmGapFactory.eINSTANCE.createAnswerLabel();
			label.setText("rather agree ");
			label.setValue(5);
			survey.getAnswerLabels().add(label);
		}
		ModelFiles.save(bank, model);
		assertSameIndicators(analyze(0));
		// the saved labels in the outline (what git diff shows of a model)
		Commands.Run outline = Commands.run("outline", model.toString());
		assertTrue(outline.out().contains("    AnswerLabel\n        text: rather agree \n        value: 5.0\n"), outline.out());
	}

	private interface Export {
		void write(SurveyExportFiles.Plain answers, Path file) throws Exception;
	}

	/** Each customer survey's plain file written as an export ({@code survey.csv} → {@code survey.<suffix>}), the plain file deleted. */
	private void exports(String suffix, Export export) throws Exception {
		GapModel bank = ModelFiles.load(model);
		List<DataSource> surveys = surveys(bank);
		assertEquals(2, surveys.size());
		for (DataSource survey : surveys) {
			Path file = data.resolve(survey.getLocation().substring("data/".length()));
			String name = file.getFileName().toString().replace(".csv", "." + suffix);
			export.write(SurveyExportFiles.Plain.read(file), data.resolve(name));
			Files.delete(file);
			survey.setLocation("data/" + name);
			survey.setDelimiter(null);
		}
		ModelFiles.save(bank, model);
	}

	private static List<DataSource> surveys(GapModel bank) {
		return bank.getDataSources().stream().filter(s -> s.getRole() == DataRole.CUSTOMER_SURVEY).toList();
	}

	/**
	 * Every gap's, trend's and indicator's strings and counts equal, its numbers within 1e-9 (p relative 1e-6): the
	 * engine's parallel sums may differ in the last bit between two reads of the same answers.
	 */
	private void assertSameIndicators(JsonNode json) {
		int numbers = 0;
		for (String part : List.of("gaps", "trends", "indicators")) {
			assertEquals(List.of(), JsonComparison.differences(plain.get(part), json.get(part)), part);
			numbers += JsonComparison.countNumbers(plain.get(part));
		}
		assertTrue(numbers > 300, "numbers compared: " + numbers);
	}

	private JsonNode analyze(int code) throws Exception {
		// the latest wave, with the trends of both
		Commands.Run run = Commands.run("analyze", model.toString(), "--format", "json");
		assertEquals(code, run.code(), run.err());
		return new ObjectMapper().readTree(run.out());
	}
}
