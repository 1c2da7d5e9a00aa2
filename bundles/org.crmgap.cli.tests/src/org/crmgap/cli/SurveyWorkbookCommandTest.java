package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap survey SURVEY.xlsx}: the R fixture's answers as the first sheet of a workbook (written here to the
 * format's minimal structure: numbers as number cells, text as inline strings, a notes sheet after it) give the JSON of
 * the plain CSV file.
 */
class SurveyWorkbookCommandTest {

	private static final Path PLAIN = Commands.FIXTURES.resolve("survey-ref.csv");
	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	@TempDir
	Path dir;

	@Test
	void aWorkbookOfThePlainAnswersGivesThePlainJson() throws Exception {
		Path workbook = write(SurveyExportFiles.Plain.read(PLAIN), dir.resolve("survey.xlsx"));
		Commands.Run plain = Commands.run("survey", PLAIN.toString(), "--format", "json");
		Commands.Run run = Commands.run("survey", workbook.toString(), "--format", "json");
		assertEquals(plain.code(), run.code(), run.err());
		JsonNode expected = new ObjectMapper().readTree(plain.out());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, json));
		assertEquals(expected, json, "every number equal, not only close");
		assertTrue(JsonComparison.countNumbers(json) > 300);
	}

	private static Path write(SurveyExportFiles.Plain answers, Path file) throws IOException {
		StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
		row(sheet, 1, answers.header());
		for (int r = 0; r < answers.rows().size(); r++) {
			row(sheet, r + 2, answers.rows().get(r));
		}
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
					+ ".spreadsheetml.sheet.main+xml\"/>" + worksheetType(1) + worksheetType(2) + "</Types>");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
					+ "<sheet name=\"answers\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"notes\" sheetId=\"2\" r:id=\"rId2\"/>"
					+ "</sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "relationships\">" + sheetRel(1) + sheetRel(2) + "</Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet + "</sheetData></worksheet>");
			entry(zip, "xl/worksheets/sheet2.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" "
					+ "t=\"inlineStr\"><is><t>not the survey</t></is></c></row></sheetData></worksheet>");
		}
		return file;
	}

	private static void row(StringBuilder sheet, int r, List<String> cells) {
		sheet.append("<row r=\"").append(r).append("\">");
		for (int c = 0; c < cells.size(); c++) {
			String value = cells.get(c);
			String ref = (c < 26 ? "" : String.valueOf((char) ('A' + c / 26 - 1))) + (char) ('A' + c % 26) + r;
			if (value.matches("-?\\d+(\\.\\d+)?")) {
				sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
			} else if (!value.isEmpty()) {
				sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(value.replace("&", "&amp;")
						.replace("<", "&lt;")).append("</t></is></c>");
			}
		}
		sheet.append("</row>");
	}

	private static String worksheetType(int n) {
		return "<Override PartName=\"/xl/worksheets/sheet" + n + ".xml\" ContentType=\"application/vnd.openxmlformats-"
				+ "officedocument.spreadsheetml.worksheet+xml\"/>";
	}

	private static String sheetRel(int n) {
		return "<Relationship Id=\"rId" + n + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
