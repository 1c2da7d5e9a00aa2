package org.crmgap.data;

import static org.crmgap.data.XlsxFiles.blank;
import static org.crmgap.data.XlsxFiles.formula;
import static org.crmgap.data.XlsxFiles.inline;
import static org.crmgap.data.XlsxFiles.number;
import static org.crmgap.data.XlsxFiles.row;
import static org.crmgap.data.XlsxFiles.shared;
import static org.crmgap.data.XlsxFiles.styled;
import static org.crmgap.data.XlsxFiles.textFormula;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An .xlsx sheet is read as the CSV file of its cells: the same table, warnings and errors, naming the sheet's rows. */
class XlsxSheetTest {

	@TempDir
	Path dir;

	private DuckDbEngine engine;

	@BeforeEach
	void start() throws SQLException {
		engine = DuckDbEngine.inMemory();
	}

	@AfterEach
	void stop() throws SQLException {
		engine.close();
	}

	@Test
	void cellsAreWrittenAsTheSheetHoldsThem() throws IOException, DataException {
		Path file = new XlsxFiles().strings("respondent", "segment", "note", "r1").sheet("Answers",
				row(1, shared("A1", 0), shared("B1", 1), inline("C1", "E1"), inline("D1", "P1"), shared("E1", 2),
						inline("F1", "when"), inline("G1", "stamp"), blank("H1"), inline("I1", "")),
				row(2, shared("A2", 3), inline("B2", "a"), number("C2", "1"), number("D2", "1.5"), styled("F2", "45747", 1),
						styled("G2", "45658.5", 2), blank("H2")),
				row(3, inline("A3", "r2"), inline("B3", "b, c"), formula("C3", "1+2", "3"), number("D3", "0.30000000000000004"),
						textFormula("E3", "\"x\"&\"y\"", "xy"), styled("F3", "45658", 1), number("G3", "2.50")),
				row(4, blank("A4"), blank("B4")),
				row(5, inline("A5", "r3"), inline("B5", "line\nbreak"), number("C5", "7.0"), number("D5", "1E-3"),
						inline("E5", "say \"hi\"")),
				row(6, blank("A6")), row(7, blank("C7"))).write(dir.resolve("cells.xlsx"));
		try (SheetCsv sheet = SheetCsv.convert(file, null, Long.MAX_VALUE)) {
			assertEquals("respondent,segment,E1,P1,note,when,stamp\n"
					+ "r1,a,1,1.5,,2025-03-31,2025-01-01T12:00\n"
					+ "r2,\"b, c\",3,0.30000000000000004,xy,2025-01-01,2.5\n"
					+ "r3,line break,7,0.001,\"say \"\"hi\"\"\",,\n", Files.readString(sheet.csv()));
			assertEquals(List.of(1L, 2L, 3L, 5L, 0L), List.of(sheet.row(1), sheet.row(2), sheet.row(3), sheet.row(4), sheet.row(5)));
		}
	}

	@Test
	void theExampleSurveyAsAWorkbookGivesTheTableOfItsCsvFile() throws IOException, DataException, SQLException {
		Path csv = Examples.file("models/retail-bank/data/survey.csv");
		Path xlsx = workbookOf(csv, dir.resolve("survey.xlsx"));
		WideCsvLoader loader = new WideCsvLoader(engine, Scale.LIKERT_7);
		DataTable fromCsv = loader.load(csv, "from_csv");
		DataTable fromXlsx = loader.load(xlsx, "from_xlsx");
		assertEquals(fromCsv.columns(), fromXlsx.columns());
		assertEquals(fromCsv.rows(), fromXlsx.rows());
		assertEquals(600, fromXlsx.rows());
		assertEquals(rows("from_csv"), rows("from_xlsx"));
		assertEquals(types("from_csv"), types("from_xlsx"));
		assertEquals(fromCsv.warnings().stream().map(w -> w.toString().replace(csv.toString(), "F")).toList(),
				fromXlsx.warnings().stream().map(w -> w.toString().replace(xlsx.toString(), "F")).toList());
		assertEquals(new DataFingerprint(xlsx.toString(), Files.size(xlsx), 600, DataFingerprint.sha256(xlsx)),
				fromXlsx.fingerprint());
	}

	@Test
	void warningsAndErrorsNameTheWorkbookAndTheSheetRow() throws IOException, DataException {
		String header = row(1, inline("A1", "respondent"), inline("B1", "segment"), inline("C1", "E1"), inline("D1", "P1"));
		// row 3 is empty: the CSV file's line 3 is the sheet's row 4
		Path file = new XlsxFiles().sheet("S", header, row(2, inline("A2", "r1"), inline("B2", "a"), number("C2", "5"),
				number("D2", "6")), row(3, blank("A3")), row(4, inline("A4", "r2"), inline("B4", "a"), number("C4", "9"),
						number("D4", "4"))).write(dir.resolve("scale.xlsx"));
		DataTable table = new TableLoader(engine).load(file, "scale", ColumnRules.wideSurvey(Scale.LIKERT_7));
		DataWarning warning = table.warnings().get(0);
		assertEquals(List.of(file.toString(), "E1", 1L, 4L, "9"), List.of(warning.file(), warning.column(), warning.count(),
				warning.firstLine(), warning.firstValue()));

		// row 2 is empty: the CSV file's lines 2 and 4 are the sheet's rows 3 and 5
		Path duplicate = new XlsxFiles().sheet("S", header, row(2, blank("A2")), row(3, inline("A3", "r1"), inline("B3", "a"),
				number("C3", "5"), number("D3", "6")), row(4, inline("A4", "r2"), inline("B4", "a"), number("C4", "2")),
				row(5, inline("A5", "r1"), inline("B5", "a"), number("C5", "2"), number("D5", "4"))).write(dir.resolve("dup.xlsx"));
		DataException e = assertThrows(DataException.class, () -> new TableLoader(engine).load(duplicate, "dup",
				ColumnRules.wideSurvey(Scale.LIKERT_7)));
		assertEquals(duplicate + ":5 column respondent: duplicate respondent id 'r1' (first at line 3)", e.getMessage());
	}

	@Test
	void aWorkbookIsRecognisedByItsContentWhateverItsName() throws IOException, DataException {
		Path file = new XlsxFiles().sheet("S", row(1, inline("A1", "respondent"), inline("B1", "E1")),
				row(2, inline("A2", "r1"), number("B2", "4"))).write(dir.resolve("saved-as.csv"));
		Preview preview = Preview.of(engine, file, 10);
		assertEquals(List.of("respondent", "E1"), preview.columns());
		assertEquals(List.of(List.of("r1", "4")), preview.rows());
	}

	@Test
	void aSurveyToolExportInAWorkbookIsRecognisedAsItsCsvFileIs() throws IOException, DataException, SQLException {
		// a LimeSurvey export with answer text, saved as a workbook: the same answers as the plain CSV file
		Path plain = Files.writeString(dir.resolve("plain.csv"), "respondent,segment,E1,P1\n7,a,6,4\n9,b,2,7\n");
		Path xlsx = new XlsxFiles().strings("Agree", "Strongly agree").sheet("results-survey1",
				row(1, inline("A1", "id"), inline("B1", "submitdate"), inline("C1", "startlanguage"), inline("D1", "segment"),
						inline("E1", "SERV[E1]"), inline("F1", "SERV[P1]")),
				row(2, number("A2", "7"), styled("B2", "45747.5", 2), inline("C2", "en"), inline("D2", "a"), shared("E2", 0),
						number("F2", "4")),
				row(3, number("A3", "9"), styled("B3", "45748", 2), inline("C3", "en"), inline("D3", "b"), number("E3", "2"),
						shared("F3", 1))).write(dir.resolve("limesurvey.xlsx"));
		List<String> notes = new ArrayList<>();
		WideCsvLoader loader = new WideCsvLoader(engine, Scale.LIKERT_7, new WideCsvLoader.Exports(AnswerTable.defaults(
				Scale.LIKERT_7), List.of(), notes::add));
		DataTable fromXlsx = loader.load(xlsx, "from_xlsx");
		loader.load(plain, "from_csv");
		assertEquals(rows("from_csv"), rows("from_xlsx"));
		assertEquals(List.of(), fromXlsx.warnings());
		assertEquals(1, notes.size());
		assertEquals(xlsx + ": LimeSurvey CSV export recognised", notes.get(0).substring(0, notes.get(0).indexOf(';')));
		assertEquals(xlsx.toString(), fromXlsx.fingerprint().file());
	}

	/** The CSV file's records as a workbook: numbers as number cells, text alternately as shared and inline strings. */
	private static Path workbookOf(Path csv, Path xlsx) throws IOException {
		List<List<String>> records = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			CsvRecords reader = new CsvRecords(in, ',');
			for (CsvRecords.Row r = reader.next(); r != null; r = reader.next()) {
				records.add(r.fields());
			}
		} catch (CsvRecords.UnclosedQuote e) {
			throw new IOException(e);
		}
		XlsxFiles book = new XlsxFiles();
		List<String> strings = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		for (int r = 0; r < records.size(); r++) {
			StringBuilder cells = new StringBuilder();
			for (int c = 0; c < records.get(r).size(); c++) {
				String ref = SheetCsv.column(c + 1) + (r + 1);
				String value = records.get(r).get(c);
				if (value.isEmpty()) {
					continue;
				} else if (value.matches("-?\\d+(\\.\\d+)?")) {
					cells.append(number(ref, value));
				} else if (c % 2 == 0) {
					strings.add(value);
					cells.append(shared(ref, strings.size() - 1));
				} else {
					cells.append(inline(ref, value));
				}
			}
			rows.add(row(r + 1, cells.toString()));
		}
		return book.strings(strings.toArray(String[]::new)).sheet("survey", rows.toArray(String[]::new)).write(xlsx);
	}

	private List<String> rows(String table) throws SQLException {
		return TableRows.byRespondent(engine, table);
	}

	private List<String> types(String table) throws SQLException {
		List<String> types = new ArrayList<>();
		try (Statement s = engine.connection().createStatement(); ResultSet r = s.executeQuery(
				"SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '" + table
						+ "' ORDER BY ordinal_position")) {
			while (r.next()) {
				types.add(r.getString(1));
			}
		}
		return types;
	}
}
