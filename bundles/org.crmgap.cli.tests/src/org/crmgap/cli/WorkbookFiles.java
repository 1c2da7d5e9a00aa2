package org.crmgap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes plain answer tables as the sheets of an .xlsx workbook, to the format's minimal structure: numbers as number
 * cells, text as inline strings, no styles or shared strings part (as some writers make them).
 */
final class WorkbookFiles {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** One sheet: its name and its rows. */
	record Sheet(String name, SurveyExportFiles.Plain answers) {

		/** A sheet holding one line of text, no survey. */
		static Sheet notes(String name) {
			return new Sheet(name, new SurveyExportFiles.Plain(List.of("not the survey"), List.of()));
		}
	}

	private WorkbookFiles() {
	}

	static Path write(Path file, Sheet... sheets) throws IOException {
		StringBuilder types = new StringBuilder();
		StringBuilder names = new StringBuilder();
		StringBuilder rels = new StringBuilder();
		for (int n = 1; n <= sheets.length; n++) {
			types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/vnd"
					+ ".openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
			names.append("<sheet name=\"").append(escape(sheets[n - 1].name())).append("\" sheetId=\"").append(n)
					.append("\" r:id=\"rId").append(n).append("\"/>");
			rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL).append("/worksheet\" Target=\"")
					.append("worksheets/sheet").append(n).append(".xml\"/>");
		}
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
					+ ".spreadsheetml.sheet.main+xml\"/>" + types + "</Types>");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>" + names
					+ "</sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "relationships\">" + rels + "</Relationships>");
			for (int n = 1; n <= sheets.length; n++) {
				entry(zip, "xl/worksheets/sheet" + n + ".xml", sheet(sheets[n - 1].answers()));
			}
		}
		return file;
	}

	private static String sheet(SurveyExportFiles.Plain answers) {
		StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
		row(sheet, 1, answers.header());
		for (int r = 0; r < answers.rows().size(); r++) {
			row(sheet, r + 2, answers.rows().get(r));
		}
		return sheet + "</sheetData></worksheet>";
	}

	private static void row(StringBuilder sheet, int r, List<String> cells) {
		sheet.append("<row r=\"").append(r).append("\">");
		for (int c = 0; c < cells.size(); c++) {
			String value = cells.get(c);
			String ref = (c < 26 ? "" : String.valueOf((char) ('A' + c / 26 - 1))) + (char) ('A' + c % 26) + r;
			if (value.matches("-?\\d+(\\.\\d+)?")) {
				sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
			} else if (!value.isEmpty()) {
				sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(value)).append("</t></is></c>");
			}
		}
		sheet.append("</row>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
