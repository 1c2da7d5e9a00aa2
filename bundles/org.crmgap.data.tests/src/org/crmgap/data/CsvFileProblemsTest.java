package org.crmgap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ragged rows, bytes that are not UTF-8 and unclosed quotes are named with their line; no file content is echoed. */
class CsvFileProblemsTest {

	private static final String HEADER = "respondent,segment,E1,E2,P1,P2,W_a,W_b\n";
	private static final String ROW = "A,x,1,2,3,4,5,6\n";

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
	void rowWithTooFewFieldsNearTheTopNamesItsLine() throws IOException {
		Path file = write("few.csv", HEADER + ROW + "B,x,1,2,3\n" + ROW.replace('A', 'C'));
		DataException e = load(file);
		assertEquals(file + ":3: row has 5 fields, the header has 8", e.getMessage());
		assertEquals(3, e.getLine());
	}

	@Test
	void rowWithTooManyFieldsNearTheTopNamesItsLine() throws IOException {
		Path file = write("many.csv", HEADER + ROW + ROW.replace('A', 'B') + "C,x,1,2,3,4,5,6,7,8\n");
		assertEquals(file + ":4: row has 10 fields, the header has 8", load(file).getMessage());
	}

	@Test
	void quotedDelimitersAndLineBreaksAreNoFields() throws IOException {
		// the quoted segment of B holds a comma and a line break: B's row is one record of 8 fields on lines 3-4
		Path file = write("quoted.csv", HEADER + ROW + "B,\"x,\r\ny\",1,2,3,4,5,6\n" + "C,x,1,2,3,4,5\n");
		assertEquals(file + ":5: row has 7 fields, the header has 8", load(file).getMessage());
	}

	@Test
	void semicolonFileIsCountedWithItsDelimiter() throws IOException {
		Path file = write("semi.csv", (HEADER + ROW).replace(',', ';') + "B;x;1;2;3;4;5;6;7\n");
		assertEquals(file + ":3: row has 9 fields, the header has 8", load(file).getMessage());
	}

	@Test
	void raggedRowFarDownNamesItsLine() throws IOException {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int r = 0; r < 5000; r++) {
			rows.append('R').append(r).append(",x,1,2,3,4,5,6\n");
		}
		Path file = write("late.csv", rows + "Z,x,1,2,3\n");
		assertEquals(file + ":5002: row has 5 fields, the header has 8", load(file).getMessage());
	}

	@Test
	void unclosedQuoteNamesTheLineItOpensOn() throws IOException {
		Path file = write("quote.csv", HEADER + ROW + "B,\"x,1,2,3,4,5,6\n" + ROW.replace('A', 'C'));
		assertEquals(file + ":3: a quoted field starts here and is never closed", load(file).getMessage());
	}

	@Test
	void textAfterAClosingQuoteNamesItsLine() throws IOException {
		Path file = write("after-quote.csv", HEADER + ROW + "B,\"x\"y,1,2,3,4,5,6\n" + ROW.replace('A', 'C'));
		assertEquals(file + ":3: a quoted field goes on after its closing quote", load(file).getMessage());
	}

	@Test
	void lineEndOfAnotherKindNamesItsLine() throws IOException {
		Path file = write("mixed.csv", HEADER + ROW + ROW.replace('A', 'B').replace("\n", "\r\n") + ROW.replace('A', 'C'));
		assertEquals(file + ":3: this line ends with CR LF, the lines before it with LF (save the file with one kind of line end)",
				load(file).getMessage());
	}

	@Test
	void strayCarriageReturnNamesItsLine() throws IOException {
		Path file = write("stray.csv", "standard,timestamp,value\nS01,2024-12-30,9.9\n\r01,2025-01-06,9.5\nS02,2025-01-06,7\n");
		assertEquals(file + ":3: this line ends with CR, the lines before it with LF (save the file with one kind of line end)",
				assertThrows(DataException.class, () -> new TableLoader(engine).load(file, "t",
						ColumnRules.longTable(kpiColumns(), java.util.List.of("value")))).getMessage());
	}

	@Test
	void latin1ByteNearTheTopNamesItsLineNotLineOne() throws IOException {
		Path file = latin1("latin1.csv", HEADER + ROW + ROW.replace('A', 'B'), "C,caf", ",1,2,3,4,5,6\n");
		DataException e = load(file);
		assertEquals(file + ":4: not UTF-8 encoded at column 6 (save it as UTF-8, with or without BOM)", e.getMessage());
		assertEquals(4, e.getLine());
	}

	@Test
	void latin1ByteBeyondTheHeaderReadAheadNamesItsLine() throws IOException {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int r = 0; r < 20_000; r++) {
			rows.append('R').append(r).append(",x,1,2,3,4,5,6\n");
		}
		Path file = latin1("latin1-late.csv", rows.toString(), "Z,caf", ",1,2,3,4,5,6\n");
		assertEquals(file + ":20002: not UTF-8 encoded at column 6 (save it as UTF-8, with or without BOM)",
				load(file).getMessage());
	}

	@Test
	void rawLinesOfTheFileAreNotEchoed() throws IOException {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int r = 0; r < 3000; r++) {
			rows.append('R').append(r).append(",x,1,2,3,4,5,6\n");
		}
		Path file = write("secret.csv", rows + "TOP-SECRET-ROW,x,1,2,3,4,5,6,7\n");
		DataException e = load(file);
		assertEquals(file + ":3002: row has 9 fields, the header has 8", e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@Test
	void engineMessageKeepsOnlyAShortStartOfItsFirstLine() {
		String duckDb = "Invalid Input Error: CSV Error on Line: 7\nOriginal Line: root:x:0:0:root:/root:/bin/bash\n"
				+ "LINE 1: CREATE OR REPLACE TEMP TABLE t AS SELECT * FROM read_csv('/etc/passwd')";
		assertEquals("Invalid Input Error: CSV Error on Line: 7", EngineMessages.excerpt(new SQLException(duckDb)));
		String oneLine = "Conversion Error: CSV Error on Line: 7 Original Line: root:x:0:0:root:/root:/bin/bash";
		assertEquals("Conversion Error: CSV Error on Line: 7", EngineMessages.excerpt(new SQLException(oneLine)));
		String longLine = "Error: " + "x".repeat(500);
		assertEquals(EngineMessages.MAX_LENGTH + 1, EngineMessages.excerpt(new SQLException(longLine)).length());
		assertEquals("SQLException", EngineMessages.excerpt(new SQLException((String) null)));
	}

	@Test
	void missingColumnListsAShortHeader() throws IOException {
		// a file that is no survey at all (think /etc/passwd): its first line is not printed whole
		String longName = "root:x:0:0:root:/root:/bin/bash-and-a-lot-more-text";
		StringBuilder header = new StringBuilder(longName);
		for (int c = 1; c <= 14; c++) {
			header.append(",c").append(c);
		}
		Path file = write("passwd.csv", header + "\nx" + ",1".repeat(14) + "\n");
		DataException e = load(file);
		assertEquals(file + ":1 column respondent: missing column 'respondent' (the respondent id); the first row names "
				+ "'root:x:0:0:root:/root:/bin/ba…', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9' and 5 more", e.getMessage());
		assertFalse(e.getMessage().contains("more-text"), e.getMessage());
	}

	@Test
	void quotedHeaderNamesAreReadLikeTheEngineReadsThem() throws IOException, DataException {
		Path file = write("quoted-header.csv", "respondent,\"seg,ment\",E1,P1\nA,x,5,4\n");
		assertEquals(java.util.List.of("respondent", "seg,ment", "E1", "P1"), CsvHeader.read(file).columns());
		assertEquals(1, new TableLoader(engine).load(file, "t", ColumnRules.wideSurvey(Scale.LIKERT_7)).rows());
	}

	private DataException load(Path file) {
		return assertThrows(DataException.class, () -> new TableLoader(engine).load(file, "t", ColumnRules.wideSurvey(Scale.LIKERT_7)));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	/** {@code before + é + after} with the é in Latin-1 (one byte 0xE9), the rest UTF-8. */
	private Path latin1(String name, String lines, String before, String after) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((lines + before).getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9);
		bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return Files.write(dir.resolve(name), bytes.toByteArray());
	}

	/** The KPI table's columns, in order, with what each one is. */
	static java.util.Map<String, String> kpiColumns() {
		java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
		columns.put("standard", "the standard's key");
		columns.put("timestamp", "when it was measured");
		columns.put("value", "the measured value");
		return columns;
	}
}
