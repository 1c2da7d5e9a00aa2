package org.crmgap.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File › Import › Data: the example's KPI file attached to an open model, mapped by guess, undoable. */
class ImportDataWizardTest {

	private IProject project;
	private IFile model;
	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@BeforeEach
	void openEmptyModelWithData() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("import");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		NewGapModelWizard.create(Template.RETAIL_BANK, project.getFile("bank.crmgap"));
		model = project.getFile("plain.crmgap");
		NewGapModelWizard.create(Template.SERVQUAL, model);
	}

	@AfterEach
	void cleanUp() throws Exception {
		workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void anInstrumentWithAnUnreadableScaleIsSaidInsteadOfThePages() throws Exception {
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model,
				GapModelEditor.ID);
		editor.getModel().getSurveyInstruments().get(0).setScaleMin(7);
		editor.getModel().getSurveyInstruments().get(0).setScaleMax(7);
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		assertEquals("The survey instrument's scale minimum 7 must be below its maximum 7: correct its scale in the Properties view"
				+ " first.", ((org.eclipse.jface.wizard.WizardPage) wizard.getStartingPage()).getErrorMessage());
		assertTrue(!wizard.canFinish());
		dialog.close();
	}

	@Test
	void kpiFileIsAttachedWithGuessedMappingAndCanBeUndone() throws Exception {
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model,
				GapModelEditor.ID);
		int before = editor.getModel().getDataSources().size();
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.page().file(project.getFolder("data").getFile("kpi.csv").getLocation().toPath());
		wizard.page().role(DataRole.KPI_MEASUREMENTS);
		assertEquals(Map.of(ColumnMeaning.KPI_STANDARD, "standard", ColumnMeaning.KPI_VALUE, "value",
				ColumnMeaning.KPI_TIMESTAMP, "timestamp"), wizard.page().mapping());
		assertTrue(wizard.page().isPageComplete());
		assertTrue(wizard.performFinish());
		dialog.close();
		DataSource added = editor.getModel().getDataSources().get(before);
		assertEquals("data/kpi.csv", added.getLocation(), "relative to the model file");
		assertEquals(",", added.getDelimiter());
		assertEquals(DataRole.KPI_MEASUREMENTS, added.getRole());
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, editor.getModel().getDataSources().size());
	}

	@Test
	void surveyItemColumnsAreMappedToTheFilesOwnNames() throws Exception {
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model,
				GapModelEditor.ID);
		var instrument = editor.getModel().getSurveyInstruments().get(0);
		var items = instrument.getItems();
		// a survey whose columns are called q<n>_e / q<n>_p instead of the instrument's names
		StringBuilder csv = new StringBuilder("respondent,segment");
		items.forEach(i -> csv.append(",q").append(i.getNumber()).append("_e,q").append(i.getNumber()).append("_p"));
		for (int r = 1; r <= 3; r++) {
			csv.append("\n").append(r).append(",all");
			items.forEach(i -> csv.append(",5,4"));
		}
		java.nio.file.Path file = project.getLocation().toPath().resolve("renamed-survey.csv");
		java.nio.file.Files.writeString(file, csv.append("\n"));
		String oldE1 = items.get(0).getExpectationColumn();

		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.page().file(file);
		wizard.page().role(DataRole.CUSTOMER_SURVEY);
		assertTrue(wizard.page().isPageComplete());
		assertEquals(wizard.items(), wizard.getNextPage(wizard.page()), "surveys get the item columns page");
		dialog.showPage(wizard.items());
		// every item guessed from the usual names; one chosen by hand
		assertEquals(2 * items.size(), wizard.items().changes().size());
		wizard.items().choose(items.get(1), org.crmgap.model.CrmGapPackage.Literals.SURVEY_ITEM__PERCEPTION_COLUMN, "q1_p");
		assertTrue(wizard.performFinish());
		dialog.close();
		assertEquals("q" + items.get(0).getNumber() + "_e", items.get(0).getExpectationColumn());
		assertEquals("q1_p", items.get(1).getPerceptionColumn());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(oldE1, items.get(0).getExpectationColumn(), "one undo takes back the source and the columns");
	}

	@Test
	void aBrokenFileIsNamedOnThePage() throws Exception {
		IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, GapModelEditor.ID);
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		var missing = project.getLocation().toPath().resolve("nope.csv");
		wizard.page().file(missing);
		assertEquals(missing + ": file does not exist", wizard.page().getErrorMessage());
		assertTrue(!wizard.page().isPageComplete());
		dialog.close();
	}

	@Test
	void thePreviewShowsEachHeaderAndItsFirstCellsWhole() throws Exception {
		IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, GapModelEditor.ID);
		// short headers over long cells, and headers of wide capitals over short cells
		java.nio.file.Path file = project.getLocation().toPath().resolve("wide-cells.csv");
		java.nio.file.Files.writeString(file, "id,segment,MAXIMUM_WAIT_WEEKS,WWW_MMM,E1\n"
				+ "R_3kXYZ0aBcDeFgHiJ,Private customers with a premium account,4,5,6\nR_2,Business,1,2,3\n");
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().file(file);
			Table preview = Widgets.visible(wizard.page().getControl(), Table.class).get(0);
			assertEquals(5, preview.getColumnCount());
			List<String> cut = new ArrayList<>();
			GC gc = new GC(preview);
			try {
				for (TableColumn column : preview.getColumns()) {
					int index = preview.indexOf(column);
					int needed = gc.textExtent(column.getText()).x;
					for (TableItem row : preview.getItems()) {
						needed = Math.max(needed, gc.textExtent(row.getText(index)).x);
					}
					if (column.getWidth() < needed) {
						cut.add(column.getText() + ": " + column.getWidth() + " px wide, its header and first cells need " + needed + " px");
					}
				}
			} finally {
				gc.dispose();
			}
			assertEquals(List.of(), cut, "no header or first cell cut");
		} finally {
			dialog.close();
		}
	}
}
