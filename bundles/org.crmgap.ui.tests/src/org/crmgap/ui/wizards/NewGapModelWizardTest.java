package org.crmgap.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.crmgap.examples.Examples;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File › New › Gap Model through the real wizard dialog, from each kind of template. */
class NewGapModelWizardTest {

	private IProject project;
	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@BeforeEach
	void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-models");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private NewGapModelWizard finish(Template template) {
		NewGapModelWizard wizard = new NewGapModelWizard();
		wizard.init(workbench, new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.templatePage().select(template);
		assertTrue(wizard.performFinish(), "finish");
		dialog.close();
		return wizard;
	}

	@Test
	void retailBankExampleComesWithItsDataAndFreshIds() throws Exception {
		NewGapModelWizard wizard = finish(Template.RETAIL_BANK);
		var file = wizard.created();
		assertEquals("/new-models/gaps.crmgap", file.getFullPath().toString());
		assertTrue(project.getFolder("data").getFile("survey.csv").exists(), "the survey is copied beside the model");
		GapModel created = ModelFiles.load(file.getLocation().toPath());
		GapModel example = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		assertEquals("Northbridge Bank", created.getName());
		assertEquals(example.getGaps().size(), created.getGaps().size());
		assertNotEquals(example.eResource().getURIFragment(example.getSegments().get(0)),
				created.eResource().getURIFragment(created.getSegments().get(0)), "a copy gets its own ids");
		var editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertTrue(editor instanceof GapModelEditor, "the new model opens in the gap model editor");
		// on the screen: the editor's tab named after the new file, showing the copy's Overview
		Shell shell = editor.getSite().getShell();
		List<CTabFolder> editorTabs = Widgets.visible(shell, CTabFolder.class,
				f -> f.getSelection() != null && f.getSelection().getText().equals("gaps.crmgap"));
		assertEquals(1, editorTabs.size(), "the selected editor tab is gaps.crmgap");
		Control overview = Widgets.assertPageShown(editor, "Overview");
		assertEquals(List.of("Northbridge Bank"), Widgets.visible(overview, ScrolledForm.class).stream().map(ScrolledForm::getText).toList());
		Screenshots.take(shell, "workbench-new-model");
	}

	@Test
	void servqualTemplateHasTheInstrument() throws Exception {
		GapModel created = ModelFiles.load(finish(Template.SERVQUAL).created().getLocation().toPath());
		assertEquals(5, created.getDimensions().size());
		assertEquals(22, created.getSurveyInstruments().get(0).getItems().size());
	}

	@Test
	void emptyModelIsNamedAfterItsFileAndAnExistingFileIsNotOverwritten() throws Exception {
		NewGapModelWizard first = finish(Template.EMPTY);
		assertEquals("gaps", ModelFiles.load(first.created().getLocation().toPath()).getName());
		byte[] before = Files.readAllBytes(first.created().getLocation().toPath());
		org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> NewGapModelWizard.create(Template.DIE, first.created()));
		assertEquals(new String(before), Files.readString(first.created().getLocation().toPath()));
	}
}
