package org.crmgap.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.report.ModelExport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File › Export › Gap Model through the real wizard dialog. */
class ExportGapModelWizardTest {

	private IProject project;
	private IFile model;
	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@BeforeEach
	void example() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("export");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		model = project.getFile("bank.crmgap");
		NewGapModelWizard.create(Template.RETAIL_BANK, model);
	}

	@AfterEach
	void cleanUp() throws Exception {
		workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private Path export(ModelExport format) {
		ExportGapModelWizard wizard = new ExportGapModelWizard();
		wizard.init(workbench, new StructuredSelection(model));
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.page().select(format);
		Path target = model.getLocation().toPath().resolveSibling("out." + format.extension);
		wizard.page().target(target);
		assertTrue(wizard.performFinish());
		dialog.close();
		return target;
	}

	@Test
	void htmlReportWithItsCharts() throws Exception {
		String html = Files.readString(export(ModelExport.HTML));
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg"), "report with charts");
		assertTrue(project.getFile("out.html").exists(), "the workspace sees the new file");
	}

	@Test
	void xmiIsTheSavedModel() throws Exception {
		assertArrayEquals(Files.readAllBytes(model.getLocation().toPath()), Files.readAllBytes(export(ModelExport.XMI)));
	}

	@Test
	void csvHasTheIndicators() throws Exception {
		String csv = Files.readString(export(ModelExport.CSV));
		assertTrue(csv.startsWith("kind,element,segment,indicator,value") && csv.contains("\ndelivery,"), csv.substring(0, 200));
	}
}
