package org.crmgap.data;

import static org.crmgap.data.XlsxFiles.inline;
import static org.crmgap.data.XlsxFiles.number;
import static org.crmgap.data.XlsxFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWiring;

/** A file that is no readable .xlsx gets one line naming it and the problem; hostile XML is not resolved. */
class XlsxProblemsTest {

	private static final String HEADER = row(1, inline("A1", "respondent"), inline("B1", "segment"), inline("C1", "E1"));

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
	void theReaderRunsFromItsOwnBundleInOsgi() {
		Bundle reader = FrameworkUtil.getBundle(ReadableWorkbook.class);
		assertEquals("org.dhatim.fastexcel.reader", reader.getSymbolicName());
		// commons-compress imports commons-io only optionally, yet reads no zip without it: the reader requires it
		List<String> required = reader.adapt(BundleWiring.class).getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE).stream()
				.map(wire -> wire.getProvider().getSymbolicName()).toList();
		assertTrue(required.contains("org.apache.commons.commons-io"), required.toString());
		assertEquals("com.fasterxml.aalto-xml", FrameworkUtil.getBundle(com.fasterxml.aalto.stax.InputFactoryImpl.class)
				.getSymbolicName());
	}

	@Test
	void aFileThatIsNoZipArchive() throws IOException {
		Path file = Files.writeString(dir.resolve("survey.xlsx"), "respondent,segment\nr1,a\n");
		assertEquals(file + ": is not an .xlsx workbook (not a zip archive)", load(file).getMessage());
	}

	@Test
	void aZipArchiveThatIsNoWorkbook() throws IOException {
		Path file = dir.resolve("photos.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("holiday.txt"));
			zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals(file + ": cannot be read as an .xlsx workbook: [Content_Types].xml not found", load(file).getMessage());
	}

	@Test
	void aPasswordProtectedWorkbookAndAnOldXlsFile() throws IOException {
		Path encrypted = compoundFile("protected.xlsx", "EncryptionInfo");
		assertEquals(encrypted + ": is password-protected (an encrypted workbook): save a copy without a password to read it",
				load(encrypted).getMessage());
		Path xls = compoundFile("old.xlsx", "Workbook");
		assertEquals(xls + ": is an Excel 97-2003 workbook (.xls), not .xlsx: save it as an .xlsx workbook",
				load(xls).getMessage());
	}

	@Test
	void aSheetNameThatDoesNotExistListsTheSheets() throws IOException, DataException {
		Path file = new XlsxFiles().sheet("Notes", row(1, inline("A1", "read me"))).sheet("Survey", HEADER,
				row(2, inline("A2", "r1"), inline("B2", "a"), number("C2", "4"))).sheet("Blank").write(dir.resolve("book.xlsx"));
		DataException missing = assertThrows(DataException.class, () -> SheetCsv.convert(file, "Answers", Long.MAX_VALUE));
		assertEquals(file + ": no sheet \"Answers\" (sheets: \"Notes\", \"Survey\", \"Blank\")", missing.getMessage());
		DataTable survey = new TableLoader(engine).load(file, "Survey", "survey", ColumnRules.wideSurvey(Scale.LIKERT_7));
		assertEquals(List.of("respondent", "segment", "E1"), survey.columns());
		DataException empty = assertThrows(DataException.class, () -> new TableLoader(engine).load(file, "Blank", "b",
				ColumnRules.wideSurvey(Scale.LIKERT_7)));
		assertEquals(file + ": sheet 'Blank' is empty: a header row is expected", empty.getMessage());
	}

	@Test
	void aHeaderWithoutDataAndAValueRightOfTheHeader() throws IOException {
		Path headerOnly = new XlsxFiles().sheet("S", HEADER).write(dir.resolve("header.xlsx"));
		assertEquals(headerOnly + ": has a header row but no data rows", load(headerOnly).getMessage());
		Path wide = new XlsxFiles().sheet("S", HEADER, row(2, inline("A2", "r1"), inline("B2", "a"), number("C2", "4")),
				row(4, inline("A4", "r2"), number("E4", "5"))).write(dir.resolve("wide.xlsx"));
		assertEquals(wide + ":4: a value in column E, right of the header row's last column C (row 1)", load(wide).getMessage());
	}

	@Test
	void anExternalEntityIsNeitherReadNorEchoed() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-XXE");
		Path file = new XlsxFiles().doctype("<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
				.strings("respondent", "&xxe;").sheet("S", row(1, inline("A1", "respondent"), inline("B1", "note")),
						row(2, inline("A2", "r1"), "<c r=\"B2\" t=\"s\"><v>1</v></c>")).write(dir.resolve("xxe.xlsx"));
		String message = load(file).getMessage();
		assertEquals(file + ": part 'xl/sharedStrings.xml' has a document type declaration (DTD), which .xlsx files never have:"
				+ " not read, as it could make a reader fetch other files", message);
		assertFalse(message.contains("TOP-SECRET"));
	}

	@Test
	void anExternalDtdIsNotFetched() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Path file = new XlsxFiles().doctype("<!DOCTYPE sst SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x.dtd\">")
					.strings("respondent").sheet("S", HEADER, row(2, inline("A2", "r1"), inline("B2", "a"), number("C2", "4")))
					.write(dir.resolve("dtd.xlsx"));
			String message = load(file).getMessage();
			assertTrue(message.startsWith(file + ": part 'xl/sharedStrings.xml' has a document type declaration"), message);
			server.setSoTimeout(300);
			assertNull(acceptOrNull(server), "the reader connected to fetch the DTD");
		}
	}

	@Test
	void aLargeSheetIsStreamedAndAPreviewReadsOnlyItsRows() throws IOException, DataException {
		int rows = 200_000;
		Path file = new XlsxFiles().sheet("S", () -> large(rows, "")).write(dir.resolve("large.xlsx"));
		DataTable table = new TableLoader(engine).load(file, "large", ColumnRules.wideSurvey(Scale.LIKERT_7));
		assertEquals(rows, table.rows());
		// the last row is damaged: a preview that stops after its rows never gets there, loading the sheet does
		Path damaged = new XlsxFiles().sheet("S", () -> large(rows, "<c r=\"A9\" t=\"bogus\"><v>1</v></c>"))
				.write(dir.resolve("damaged.xlsx"));
		Preview preview = Preview.of(engine, damaged, 3);
		assertEquals(List.of(List.of("r2", "b", "3"), List.of("r3", "a", "4"), List.of("r4", "b", "5")), preview.rows());
		assertEquals(damaged + ": cannot be read as an .xlsx workbook: Unknown cell type : bogus", load(damaged).getMessage());
	}

	private static Iterator<String> large(int rows, String lastRow) {
		return IntStream.rangeClosed(1, rows + 2).mapToObj(r -> r == 1 ? HEADER : r == rows + 2 ? row(r, lastRow)
				: row(r, inline("A" + r, "r" + r), inline("B" + r, r % 3 == 0 ? "a" : "b"), number("C" + r,
						String.valueOf(1 + r % 7)))).iterator();
	}

	private static Socket acceptOrNull(ServerSocket server) throws IOException {
		try {
			return server.accept();
		} catch (SocketTimeoutException none) {
			return null;
		}
	}

	/** The start of a Compound File (OLE2) with one directory entry named {@code stream} (UTF-16LE), as Excel writes. */
	private Path compoundFile(String name, String stream) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		bytes.write(new byte[1024 - 8]);
		bytes.write(stream.getBytes(StandardCharsets.UTF_16LE));
		bytes.write(new byte[128]);
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			bytes.writeTo(out);
		}
		return file;
	}

	private DataException load(Path file) {
		return assertThrows(DataException.class, () -> new TableLoader(engine).load(file, "t", ColumnRules.wideSurvey(
				Scale.LIKERT_7)));
	}
}
