package org.crmgap.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.Segments;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.ModelProfiles;
import org.crmgap.indicators.ServqualResult;
import org.crmgap.indicators.profiles.ProfileAssignments;
import org.crmgap.indicators.profiles.ProfileOptions;
import org.crmgap.indicators.profiles.ProfileResult;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Dialogs;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Discover Profiles... on the example's 2025 survey with seed 7 and k = 3: the segments, the assignment file, the analysis
 * after it, and one Undo; the context menus offer it on a customer survey only, and a wave with an assignment refuses it.
 */
class DiscoverProfilesWizardTest {

	private static final long SEED = 7;

	private IProject project;
	private IFile file;
	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@BeforeEach
	void example() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("profiles");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		file = project.getFile("bank.crmgap");
		NewGapModelWizard.create(Template.RETAIL_BANK, file);
	}

	@AfterEach
	void cleanUp() throws Exception {
		workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void threeProfilesBecomeSegmentsWithTheirAssignmentInOneUndoableCommand() throws Exception {
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file,
				GapModelEditor.ID);
		GapModel model = editor.getModel();
		Path modelFile = file.getLocation().toPath();
		DataSource survey = model.getDataSources().stream().filter(s -> "data/survey.csv".equals(s.getLocation())).findFirst()
				.orElseThrow();
		int segments = model.getSegments().size();
		int sources = model.getDataSources().size();

		DiscoverProfilesWizard wizard = DiscoverProfilesWizard.of(editor, survey);
		WizardDialog dialog = DiscoverProfilesAction.dialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.options().choose(3, SEED);
		assertTrue(wizard.options().isPageComplete(), wizard.options().getErrorMessage());
		Screenshots.take(dialog.getShell(), "discover-profiles-options");
		Dialogs.press(dialog.getShell(), "Next >");
		ProfilesPage page = wizard.profiles();
		assertEquals(page, dialog.getCurrentPage(), "the profiles found, page 2 shows them");
		ProfileResult shown = page.result();
		assertEquals(3, shown.k());
		assertEquals(5, page.silhouettes().getTable().getItemCount(), "k = 2 to 6");
		assertEquals("3 (chosen)", page.silhouettes().getTable().getItem(1).getText(0));
		assertEquals(3, page.profiles().getTable().getItemCount());
		assertEquals(5, page.dimensions().getItemCount(), "the five SERVQUAL dimensions");
		assertEquals(5, page.dimensions().getColumnCount(), "dimension, overall and the three profiles");
		Screenshots.take(dialog.getShell(), "discover-profiles-result");
		Table silhouettes = page.silhouettes().getTable();
		assertTrue(silhouettes.getClientArea().height >= 5 * silhouettes.getItemHeight(), "every k shown without scrolling");
		GC gc = new GC(page.profiles().getTable());
		try {
			int apart = gc.textExtent(page.profiles().getTable().getItem(0).getText(3)).x;
			assertTrue(apart < page.profiles().getTable().getColumn(3).getWidth(), "what sets a profile apart is not cut off");
		} finally {
			gc.dispose();
		}

		// the same profiles as the headless discovery with the same seed and k
		ProfileResult headless = ModelProfiles.discover(model, modelFile, survey, new ProfileOptions(List.of(), 3, SEED,
				ProfileOptions.DEFAULT_STARTS, null));
		assertEquals(headless.profiles(), shown.profiles());
		// typed into the first profile's name cell, as the user would
		page.profiles().editElement(page.profiles().getElementAt(0), 2);
		Text cell = Widgets.visible(page.profiles().getTable(), Text.class).get(0);
		cell.setText("Demanding customers");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals("Demanding customers", page.profiles().getTable().getItem(0).getText(2), "the table shows the typed name");
		assertEquals(List.of("Demanding customers", shown.profiles().get(1).name(), shown.profiles().get(2).name()), page.names());
		// a file of that name is replaced only when the user says so
		Path written = modelFile.resolveSibling("data/survey-profiles.csv");
		Files.writeString(written, "someone's file\n");
		List<String> problems = new ArrayList<>();
		Dialogs.answer("Replace Assignment File", shell -> Dialogs.press(shell, "No"), problems);
		Dialogs.press(dialog.getShell(), "Finish");
		assertEquals(List.of(), problems);
		assertEquals("someone's file\n", Files.readString(written), "not replaced without asking");
		assertEquals(segments, model.getSegments().size(), "nothing added");
		Dialogs.answer("Replace Assignment File", shell -> Dialogs.press(shell, "Yes"), problems);
		Dialogs.press(dialog.getShell(), "Finish");
		assertEquals(List.of(), problems);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard");

		List<CustomerSegment> added = model.getSegments().subList(segments, model.getSegments().size());
		assertEquals(List.of("Demanding customers", shown.profiles().get(1).name(), shown.profiles().get(2).name()),
				added.stream().map(CustomerSegment::getName).toList());
		assertEquals(List.of("1", "2", "3"), added.stream().map(CustomerSegment::getDataKey).toList());
		assertEquals(sources + 1, model.getDataSources().size());
		DataSource assignment = model.getDataSources().get(sources);
		assertEquals(DataRole.SEGMENT_ASSIGNMENT, assignment.getRole());
		assertEquals("data/survey-profiles.csv", assignment.getLocation(), "beside the survey, relative to the model");
		assertEquals(survey.getWave(), assignment.getWave());
		assertEquals(ProfileAssignments.csv(headless), Files.readString(written));
		assertEquals(601, Files.readAllLines(written).size(), "a header and the survey's 600 respondents");

		// the 2025 analysis groups the respondents by profile: each profile's size, those left out without a segment
		ModelAnalysisResult after = ModelAnalysis.analyse(model, modelFile, AnalysisOptions.DEFAULT.withWave("2025"));
		for (ProfileResult.Profile profile : shown.profiles()) {
			ServqualResult.Group group = after.survey().groups().stream().filter(g -> g.segment().equals(String.valueOf(profile.profile())))
					.findFirst().orElseThrow(() -> new AssertionError("no group of profile " + profile.profile()));
			assertEquals(profile.size(), group.respondents());
		}
		assertEquals(600 - shown.complete(), after.survey().groups().stream().filter(g -> g.segment().equals(Segments.NONE))
				.findFirst().orElseThrow().respondents());
		assertTrue(after.indicators().stream().anyMatch(r -> r.segment().equals("Demanding customers")), "the segment's indicators");

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(segments, model.getSegments().size(), "one Undo removes the segments");
		assertEquals(sources, model.getDataSources().size(), "and the data source");
		assertTrue(Files.exists(written), "the file stays");
	}

	@Test
	void offeredOnACustomerSurveyAndRefusedWhenItsWaveHasAnAssignment() throws Exception {
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file,
				GapModelEditor.ID);
		GapModel model = editor.getModel();
		DataSource survey = model.getDataSources().stream().filter(s -> "data/survey.csv".equals(s.getLocation())).findFirst()
				.orElseThrow();
		DataSource kpi = model.getDataSources().stream().filter(s -> s.getRole() == DataRole.KPI_MEASUREMENTS).findFirst().orElseThrow();
		MenuManager menu = new MenuManager();
		DiscoverProfilesAction.menu(editor).accept(menu, List.of(survey));
		assertEquals(List.of("Discover Profiles..."), List.of(menu.getItems()).stream()
				.map(i -> ((ActionContributionItem) i).getAction().getText()).toList());
		MenuManager none = new MenuManager();
		DiscoverProfilesAction.menu(editor).accept(none, List.of(kpi));
		assertEquals(0, none.getItems().length, "only on a customer survey");

		DataSource old = CrmGapFactory.eINSTANCE.createDataSource();
		old.setName("Old profiles");
		old.setRole(DataRole.SEGMENT_ASSIGNMENT);
		old.setWave(survey.getWave());
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__DATA_SOURCES, old));
		DiscoverProfilesWizard wizard = DiscoverProfilesWizard.of(editor, survey);
		WizardDialog dialog = DiscoverProfilesAction.dialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		assertEquals("Segment-assignment source 'Old profiles' already gives the segments of this wave: delete it first (only one "
				+ "is read).", wizard.options().getErrorMessage());
		assertTrue(!wizard.options().isPageComplete(), "a second assignment of the wave would not be read");
		dialog.close();
	}
}
