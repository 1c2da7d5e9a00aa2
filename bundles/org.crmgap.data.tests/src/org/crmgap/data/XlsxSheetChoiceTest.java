package org.crmgap.data;

import static org.crmgap.data.XlsxFiles.inline;
import static org.crmgap.data.XlsxFiles.number;
import static org.crmgap.data.XlsxFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's sheet chosen by name: the retail-bank example's two survey waves as two sheets of one workbook, after a
 * notes sheet; each chosen sheet gives the table of its own CSV file, a missing one the sheets the workbook has.
 */
class XlsxSheetChoiceTest {

	/** A name with a space, an apostrophe and double quotes, as Excel allows. */
	private static final String WAVE_2 = "Bank's \"Wave 2\"";

	@TempDir
	Path dir;

	private DuckDbEngine engine;
	private Path first;
	private Path second;
	private Path book;

	@BeforeEach
	void start() throws SQLException, IOException {
		engine = DuckDbEngine.inMemory();
		first = Examples.file("models/retail-bank/data/survey.csv");
		second = Examples.file("models/retail-bank/data/survey-2026.csv");
		book = new XlsxFiles().sheet("Notes", row(1, inline("A1", "two waves of the bank's survey")))
				.sheet("Wave 1", rowsOf(first)).sheet(WAVE_2, rowsOf(second)).write(dir.resolve("waves.xlsx"));
	}

	@AfterEach
	void stop() throws SQLException {
		engine.close();
	}

	@Test
	void theNamedSheetGivesTheTableOfItsCsvFile() throws DataException, SQLException {
		WideCsvLoader loader = new WideCsvLoader(engine, Scale.LIKERT_7);
		DataTable wave2 = loader.load(book, WAVE_2, "wave2_xlsx");
		loader.load(second, "wave2_csv");
		assertEquals(rows("wave2_csv"), rows("wave2_xlsx"));
		assertEquals(book.toString(), wave2.fingerprint().file());
		DataTable wave1 = new TableLoader(engine).load(book, "Wave 1", "wave1_xlsx", ColumnRules.wideSurvey(Scale.LIKERT_7));
		new TableLoader(engine).load(first, "wave1_csv", ColumnRules.wideSurvey(Scale.LIKERT_7));
		assertEquals(rows("wave1_csv"), rows("wave1_xlsx"));
		assertEquals(600, wave1.rows());
		// the two waves are different answers: a loader reading the wrong sheet cannot pass
		assertNotEquals(rows("wave1_csv"), rows("wave2_csv"));
		// Excel's names ignore case; blanks around the name are not part of it
		loader.load(book, "  bank's \"WAVE 2\" ", "wave2_case");
		assertEquals(rows("wave2_csv"), rows("wave2_case"));
	}

	@Test
	void aSheetThatIsNotThereIsAOneLineErrorListingTheSheets() {
		String expected = book + ": no sheet \"Wave 3\" (sheets: \"Notes\", \"Wave 1\", \"Bank's \"Wave 2\"\")";
		DataException loading = assertThrows(DataException.class, () -> new WideCsvLoader(engine, Scale.LIKERT_7).load(book,
				"Wave 3", "w3"));
		assertEquals(expected, loading.getMessage());
		DataException preview = assertThrows(DataException.class, () -> Preview.of(engine, book, "Wave 3", 5));
		assertEquals(expected, preview.getMessage());
	}

	@Test
	void noSheetOrABlankOneIsTheFirstAndTheNamesAreListed() throws DataException, IOException {
		assertEquals(List.of("Notes", "Wave 1", WAVE_2), WorkbookSheets.names(book));
		assertEquals(List.of("two waves of the bank's survey"), Preview.of(engine, book, " ", 5).columns());
		Preview wave2 = Preview.of(engine, book, WAVE_2, 2);
		assertEquals(Preview.of(engine, second, 2), wave2);
		assertEquals("respondent", wave2.columns().get(0));
	}

	@Test
	void aSheetMeansNothingForACsvFile() throws DataException, SQLException {
		new TableLoader(engine).load(second, "Wave 9", "csv_named", ColumnRules.wideSurvey(Scale.LIKERT_7));
		new TableLoader(engine).load(second, "csv_plain", ColumnRules.wideSurvey(Scale.LIKERT_7));
		assertEquals(rows("csv_plain"), rows("csv_named"));
		assertTrue(WorkbookSheets.ignoredFor(second, "Wave 9"));
		assertFalse(WorkbookSheets.ignoredFor(second, " "));
		assertFalse(WorkbookSheets.ignoredFor(book, "Wave 9"));
		DataException names = assertThrows(DataException.class, () -> WorkbookSheets.names(second));
		assertEquals(second + ": is not an .xlsx workbook (not a zip archive)", names.getMessage());
	}

	/** The CSV file's records as sheet rows: numbers as number cells, text as inline strings. */
	private static String[] rowsOf(Path csv) throws IOException {
		List<String> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			CsvRecords reader = new CsvRecords(in, ',');
			int r = 0;
			for (CsvRecords.Row record = reader.next(); record != null; record = reader.next()) {
				r++;
				StringBuilder cells = new StringBuilder();
				for (int c = 0; c < record.fields().size(); c++) {
					String value = record.fields().get(c);
					String ref = SheetCsv.column(c + 1) + r;
					if (!value.isEmpty()) {
						cells.append(value.matches("-?\\d+(\\.\\d+)?") ? number(ref, value) : inline(ref, value));
					}
				}
				rows.add(row(r, cells.toString()));
			}
		} catch (CsvRecords.UnclosedQuote e) {
			throw new IOException(e);
		}
		return rows.toArray(String[]::new);
	}

	private List<String> rows(String table) throws SQLException {
		return TableRows.byRespondent(engine, table);
	}
}
