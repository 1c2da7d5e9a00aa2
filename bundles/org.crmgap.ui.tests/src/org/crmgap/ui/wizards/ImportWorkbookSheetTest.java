package org.crmgap.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File › Import › Data on a workbook of two sheets: a read-me sheet first, the example's KPI measurements second. The
 * Sheet choice offers both (the first chosen); choosing the second offers its columns and stores its name in the data
 * source. A CSV file has no sheet choice.
 */
class ImportWorkbookSheetTest {

	static final String KPI_SHEET = "KPI \"2025\" weekly";

	private IProject project;
	private GapModelEditor editor;
	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@BeforeEach
	void openModel() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-sheet");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		NewGapModelWizard.create(Template.RETAIL_BANK, project.getFile("bank.crmgap"));
		editor = (GapModelEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(),
				project.getFile("bank.crmgap"), GapModelEditor.ID);
	}

	@AfterEach
	void cleanUp() throws Exception {
		workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void theSecondSheetIsChosenItsColumnsOfferedAndItsNameStored() throws Exception {
		Path data = project.getLocation().toPath().resolve("data");
		List<String> kpi = Files.readAllLines(data.resolve("kpi.csv")).subList(0, 13);
		Path book = workbook(data.resolve("measures.xlsx"), List.of(List.of("note", "author"), List.of("weekly KPIs of 2025",
				"ops")), kpi.stream().map(line -> Arrays.asList(line.split(","))).toList());
		int before = editor.getModel().getDataSources().size();
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.getShell().setSize(900, 700);
		dialog.setBlockOnOpen(false);
		dialog.open();
		ImportDataPage page = wizard.page();
		page.file(book);
		page.role(DataRole.KPI_MEASUREMENTS);
		assertEquals(List.of("Read me", KPI_SHEET), page.sheets());
		assertEquals("Read me", page.sheet(), "the first sheet by default");
		assertEquals(List.of("note", "author"), page.columns());
		assertFalse(page.isPageComplete(), "the read-me sheet has no KPI columns");

		page.sheet(KPI_SHEET);
		assertEquals(List.of("standard", "timestamp", "value"), page.columns());
		assertEquals(Map.of(ColumnMeaning.KPI_STANDARD, "standard", ColumnMeaning.KPI_VALUE, "value",
				ColumnMeaning.KPI_TIMESTAMP, "timestamp"), page.mapping());
		Combo sheetCombo = Widgets.visible(page.getControl(), Combo.class, c -> c.getText().equals(KPI_SHEET)).get(0);
		assertEquals(List.of("Read me", KPI_SHEET), List.of(sheetCombo.getItems()));
		Table preview = Widgets.visible(page.getControl(), Table.class).get(0);
		assertEquals(10, preview.getItemCount(), "the preview's rows");
		assertEquals(1, Widgets.visible(page.getControl(), Label.class, l -> l.getText().equals("Sheet:")).size());
		assertEquals(List.of(kpi.get(1).split(",")), List.of(preview.getItem(0).getText(0), preview.getItem(0).getText(1),
				preview.getItem(0).getText(2)));
		assertTrue(page.isPageComplete());
		Screenshots.take(dialog.getShell(), "import-data-workbook-sheet");

		assertTrue(wizard.performFinish());
		dialog.close();
		DataSource added = editor.getModel().getDataSources().get(before);
		assertEquals(KPI_SHEET, added.getSheet());
		assertEquals("data/measures.xlsx", added.getLocation());
		assertNull(added.getDelimiter(), "a sheet is read as the CSV file of its cells");
	}

	@Test
	void anEmptyFirstSheetIsNamedAndAnotherCanBeChosen() throws Exception {
		Path data = project.getLocation().toPath().resolve("data");
		List<List<String>> kpi = Files.readAllLines(data.resolve("kpi.csv")).subList(0, 3).stream()
				.map(line -> Arrays.asList(line.split(","))).toList();
		Path book = workbook(data.resolve("empty-first.xlsx"), List.of(), kpi);
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.page().file(book);
		assertEquals(book + ": sheet 'Read me' is empty: a header row is expected", wizard.page().getErrorMessage());
		assertEquals(List.of(), wizard.page().columns());
		assertEquals(List.of("Read me", KPI_SHEET), wizard.page().sheets(), "the other sheets stay on offer");
		wizard.page().sheet(KPI_SHEET);
		assertNull(wizard.page().getErrorMessage());
		assertEquals(List.of("standard", "timestamp", "value"), wizard.page().columns());
		dialog.close();
	}

		@Test
	void aCsvFileHasNoSheetChoice() throws Exception {
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		int before = editor.getModel().getDataSources().size();
		wizard.page().file(project.getLocation().toPath().resolve("data/kpi.csv"));
		wizard.page().role(DataRole.KPI_MEASUREMENTS);
		assertEquals(List.of(), wizard.page().sheets());
		assertNull(wizard.page().sheet());
		assertEquals(List.of(), Widgets.visible(wizard.page().getControl(), Label.class, l -> l.getText().equals("Sheet:")));
		assertEquals(List.of(), Widgets.visible(wizard.page().getControl(), Combo.class, c -> c.getItemCount() == 0));
		assertTrue(wizard.performFinish());
		dialog.close();
		assertNull(editor.getModel().getDataSources().get(before).getSheet());
	}

	/** A workbook of sheets "Read me" and {@link #KPI_SHEET}: numbers as number cells, text as inline strings. */
	static Path workbook(Path file, List<List<String>> readMe, List<List<String>> measures) throws IOException {
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		String sheetType = "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
					+ "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" " + sheetType
					+ "<Override PartName=\"/xl/worksheets/sheet2.xml\" " + sheetType + "</Types>");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
					+ "<sheet name=\"Read me\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"" + KPI_SHEET.replace("\"", "&quot;")
					+ "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet(main, readMe));
			entry(zip, "xl/worksheets/sheet2.xml", sheet(main, measures));
		}
		return file;
	}

	private static String sheet(String main, List<List<String>> rows) {
		StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + main + "\"><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < rows.get(r).size(); c++) {
				String value = rows.get(r).get(c);
				String ref = letters(c + 1) + (r + 1);
				xml.append(value.matches("-?\\d+(\\.\\d+)?") ? "<c r=\"" + ref + "\"><v>" + value + "</v></c>"
						: "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>");
			}
			xml.append("</row>");
		}
		return xml + "</sheetData></worksheet>";
	}

	/** The column letters of 1-based column {@code n}: 1 A, 27 AA. */
	private static String letters(int n) {
		return (n > 26 ? letters((n - 1) / 26) : "") + (char) ('A' + (n - 1) % 26);
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
