package org.crmgap.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx workbooks to the structure of the real format (ECMA-376 SpreadsheetML, as Excel saves it): a zip of
 * [Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/styles.xml (style 1 the built-in
 * date format 14, style 2 a custom date-time format), xl/sharedStrings.xml and one xl/worksheets/sheetN.xml per
 * sheet, whose rows are streamed into the zip (a sheet of any size is never held in memory).
 */
final class XlsxFiles {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

	private record SheetPart(String name, Supplier<Iterator<String>> rows) {
	}

	private final List<SheetPart> sheets = new ArrayList<>();
	private final List<String> shared = new ArrayList<>();
	private String doctype = "";

	XlsxFiles sheet(String name, String... rows) {
		sheets.add(new SheetPart(name, () -> List.of(rows).iterator()));
		return this;
	}

	/** A sheet whose rows are made while the file is written. */
	XlsxFiles sheet(String name, Supplier<Iterator<String>> rows) {
		sheets.add(new SheetPart(name, rows));
		return this;
	}

	/** The shared strings table; cell {@link #shared(String, int)} refers to its entries by index. */
	XlsxFiles strings(String... strings) {
		shared.addAll(List.of(strings));
		return this;
	}

	/** A document type declaration put before the root element of the first sheet and the shared strings. */
	XlsxFiles doctype(String declaration) {
		doctype = declaration;
		return this;
	}

	Path write(Path file) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream);
				Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
			StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ override("/xl/workbook.xml", "spreadsheetml.sheet.main") + override("/xl/styles.xml", "spreadsheetml.styles")
					+ override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings"));
			StringBuilder book = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
			StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL + "\">"
					+ rel("rIdStyles", "styles", "styles.xml") + rel("rIdStrings", "sharedStrings", "sharedStrings.xml"));
			for (int i = 1; i <= sheets.size(); i++) {
				types.append(override("/xl/worksheets/sheet" + i + ".xml", "spreadsheetml.worksheet"));
				book.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"").append(i)
						.append("\" r:id=\"rId").append(i).append("\"/>");
				rels.append(rel("rId" + i, "worksheet", "worksheets/sheet" + i + ".xml"));
			}
			entry(zip, out, "[Content_Types].xml", types + "</Types>");
			entry(zip, out, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, out, "xl/workbook.xml", book + "</sheets></workbook>");
			entry(zip, out, "xl/_rels/workbook.xml.rels", rels + "</Relationships>");
			entry(zip, out, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
					+ "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/></numFmts><cellXfs count=\"3\">"
					+ "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
					+ "</cellXfs></styleSheet>");
			StringBuilder strings = new StringBuilder(doctype + "<sst xmlns=\"" + MAIN + "\" count=\"" + shared.size()
					+ "\" uniqueCount=\"" + shared.size() + "\">");
			shared.forEach(s -> strings.append("<si><t xml:space=\"preserve\">").append(escapeUnlessEntity(s)).append("</t></si>"));
			entry(zip, out, "xl/sharedStrings.xml", strings + "</sst>");
			for (int i = 1; i <= sheets.size(); i++) {
				zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
				out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + (i == 1 ? doctype : "")
						+ "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetData>");
				for (Iterator<String> rows = sheets.get(i - 1).rows().get(); rows.hasNext();) {
					out.write(rows.next());
				}
				out.write("</sheetData></worksheet>");
				out.flush();
				zip.closeEntry();
			}
		}
		return file;
	}

	static String row(int r, String... cells) {
		return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
	}

	static String number(String ref, String value) {
		return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
	}

	static String shared(String ref, int index) {
		return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
	}

	static String inline(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
	}

	/** A number shown with cell style {@code style} (1 the built-in date format, 2 a custom date-time format). */
	static String styled(String ref, String value, int style) {
		return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
	}

	static String formula(String ref, String formula, String cached) {
		return "<c r=\"" + ref + "\"><f>" + escape(formula) + "</f><v>" + cached + "</v></c>";
	}

	static String textFormula(String ref, String formula, String cached) {
		return "<c r=\"" + ref + "\" t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(cached) + "</v></c>";
	}

	/** A cell Excel writes for a formatted but empty cell: no value. */
	static String blank(String ref) {
		return "<c r=\"" + ref + "\" s=\"0\"/>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Shared strings are escaped except an entity reference (&name;) the hostile-XML test puts there on purpose. */
	private static String escapeUnlessEntity(String text) {
		return text.matches("&\\w+;") ? text : escape(text);
	}

	private static String override(String part, String type) {
		return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type
				+ "+xml\"/>";
	}

	private static String rel(String id, String type, String target) {
		return "<Relationship Id=\"" + id + "\" Type=\"" + REL + "/" + type + "\" Target=\"" + target + "\"/>";
	}

	private static void entry(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
		out.flush();
		zip.closeEntry();
	}
}
