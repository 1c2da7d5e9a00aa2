package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.crmgap.model.CrmComponent;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceStandard;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Copy, cut, paste and drag and drop in the model tree, and the Outline; each edit undoable. */
class TreeEditingTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("tree-bank");

	private GapModelEditor editor;
	private GapModel model;

	@BeforeEach
	void open() throws Exception {
		editor = example.open();
		model = editor.getModel();
	}

	@Test
	void copyAndPasteDuplicatesAStandardUndoably() {
		ServiceStandard standard = model.getServiceStandards().get(0);
		editor.reveal(standard);
		editor.editTarget().copy();
		editor.reveal(model);
		editor.editTarget().paste();
		ExampleProject.flush();
		assertEquals(18, model.getServiceStandards().size());
		ServiceStandard copy = model.getServiceStandards().get(17);
		assertEquals(standard.getName(), copy.getName());
		assertEquals(standard.getTarget(), copy.getTarget());
		assertTrue(editor.isDirty());
		assertSame(copy, editor.modelPage().viewer().getStructuredSelection().getFirstElement(), "the pasted copy is selected");
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(17, model.getServiceStandards().size());
	}

	@Test
	void cutAndPasteMovesAComponentToAnotherUnit() {
		OrganisationUnit from = model.getOrganisationUnits().stream().filter(u -> !u.getComponents().isEmpty()).findFirst().orElseThrow();
		OrganisationUnit to = model.getOrganisationUnits().stream().filter(u -> u != from).findFirst().orElseThrow();
		CrmComponent component = from.getComponents().get(0);
		editor.reveal(component);
		editor.editTarget().cut();
		assertFalse(from.getComponents().contains(component));
		editor.reveal(to);
		editor.editTarget().paste();
		ExampleProject.flush();
		assertEquals(1, to.getComponents().stream().filter(c -> c.getName().equals(component.getName())).count());
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		stack.undo();
		stack.undo();
		assertTrue(from.getComponents().contains(component), "undo puts it back where it was");
	}

	@Test
	void droppingAComponentOnAnotherUnitMovesIt() {
		OrganisationUnit from = model.getOrganisationUnits().stream().filter(u -> !u.getComponents().isEmpty()).findFirst().orElseThrow();
		OrganisationUnit to = model.getOrganisationUnits().stream().filter(u -> u != from).findFirst().orElseThrow();
		CrmComponent component = from.getComponents().get(0);
		editor.reveal(component);
		TreeClipboard tree = editor.modelPage().clipboard();
		// a component cannot go into a standard
		assertFalse(tree.drop(model.getServiceStandards().get(0), 0.5f, DND.DROP_MOVE, DND.DROP_MOVE, List.of(component), false));
		assertTrue(tree.drop(to, 0.5f, DND.DROP_MOVE, DND.DROP_MOVE, List.of(component), true));
		assertSame(to, component.getOwnerUnit());
		editor.getEditingDomain().getCommandStack().undo();
		assertSame(from, component.getOwnerUnit());
	}

	@Test
	void storingASnapshotKeepsEachMeasuredGapInTheModelUndoably() throws Exception {
		EditorAnalysis analysis = editor.getAdapter(EditorAnalysis.class);
		Ui.waitFor("the analysis", 60_000, () -> analysis.latest() != null);
		editor.page(IndicatorsPage.class).storeSnapshot();
		long withSnapshots = model.getGaps().stream().filter(g -> !g.getSnapshots().isEmpty()).count();
		long measured = analysis.latest().gaps().stream().filter(f -> f.value() != null).count();
		assertEquals(measured, withSnapshots);
		assertTrue(measured >= 10, "gaps measured from the example's data: " + measured);
		var snapshot = model.getGaps().stream().filter(g -> !g.getSnapshots().isEmpty()).findFirst().orElseThrow().getSnapshots().get(0);
		assertNotNull(snapshot.getComputedAt());
		assertTrue(snapshot.getDataFingerprint().length() >= 64, "the SHA-256 of the data read");
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(0, model.getGaps().stream().filter(g -> !g.getSnapshots().isEmpty()).count());
	}

	@Test
	void overviewSummarisesGapsAndItsButtonsWork() throws Exception {
		Ui.waitFor("the analysis", 60_000, () -> editor.getAdapter(EditorAnalysis.class).latest() != null);
		ExampleProject.flush();
		List<String> summary = editor.page(OverviewPage.class).summary();
		// the example has 4 customer gaps; the analysis of its data flags at least one of them
		assertTrue(summary.stream().anyMatch(r -> r.startsWith("Gap 5 Customer | 4 gaps | worst: ")), summary.toString());
		assertEquals(8, summary.size(), "all eight gap kinds of the example: " + summary);
		editor.report().write(false); // the button also opens it with the desktop's browser
		Ui.waitFor("the report", 60_000, () -> editor.report().written() != null);
		assertTrue(Files.readString(editor.report().written()).contains("Northbridge"), "the HTML report beside the model");
		// what the Overview tab shows: the model's name and a row per gap kind with the worst severity
		Control overview = Widgets.showPage(editor, "Overview");
		Widgets.assertPageShown(editor, "Overview");
		assertEquals(List.of("Northbridge Bank"), Widgets.visible(overview, ScrolledForm.class).stream().map(ScrolledForm::getText).toList());
		List<Label> customer = Widgets.visible(overview, Label.class, l -> l.getText().equals("Gap 5 Customer"));
		assertEquals(1, customer.size(), "one row for the customer gaps");
		assertFalse(Widgets.onScreen(customer.get(0)).isEmpty(), "the customer gaps' row is in view");
		List<String> labels = Widgets.visible(overview, Label.class).stream().map(Label::getText).toList();
		int row = labels.indexOf("Gap 5 Customer");
		assertEquals("4 gaps", labels.get(row + 1));
		assertTrue(labels.get(row + 2).startsWith("worst: "), labels.get(row + 2));
		Screenshots.take(editor.getSite().getShell(), "editor-overview-page");
	}

	@Test
	void aNewSurveyInstrumentGetsThePreferredScale() {
		var store = org.crmgap.ui.preferences.GapPreferences.store();
		store.setValue(org.crmgap.ui.preferences.GapPreferences.SCALE_MAX, 5);
		try {
			int before = model.getSurveyInstruments().size();
			var actions = editor.modelPage().menu().newChildActions(model);
			actions.stream().filter(a -> a.getText().toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("surveyinstrument"))
					.findFirst().orElseThrow(() -> new AssertionError(actions.stream().map(a -> a.getText()).toList().toString()))
					.run();
			var created = model.getSurveyInstruments().get(before);
			assertEquals(1, created.getScaleMin());
			assertEquals(5, created.getScaleMax());
		} finally {
			store.setToDefault(org.crmgap.ui.preferences.GapPreferences.SCALE_MAX);
		}
	}

	@Test
	void theGapIndicatorsViewFollowsTheEditorsAnalysis() throws Exception {
		var view = (org.crmgap.ui.views.GapIndicatorsView) example.page().showView(org.crmgap.ui.views.GapIndicatorsView.ID);
		example.page().activate(editor);
		Ui.waitFor("the view to fill", 60_000, () -> view.rows().size() == model.getGaps().size(), () -> view.rows().size() + " rows");
		assertEquals(17, view.rows().size(), "one row per gap of the example");
		assertTrue(view.rows().stream().anyMatch(r -> ((org.crmgap.indicators.GapFinding) r).severity() == org.crmgap.model.Severity.ERROR));
		// what the view's table shows: a row per gap with its name, at least one of them an error
		Table table = gapIndicatorsTable();
		assertEquals(model.getGaps().stream().map(g -> g.getName()).toList(),
				Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList());
		assertTrue(Arrays.stream(table.getItems()).anyMatch(i -> i.getText(5).equals("error")),
				Arrays.stream(table.getItems()).map(i -> i.getText(5)).toList().toString());
		assertTrue(Widgets.inView(table, table.getItem(0).getBounds()), "the first row is in view");
		Screenshots.take(editor.getSite().getShell(), "workbench-gap-indicators-view");
		example.page().closeEditor(editor, false);
		ExampleProject.flush();
		assertEquals(0, view.rows().size(), "no editor, no rows");
		assertEquals(0, table.getItemCount(), "no editor, no rows on the screen");
	}

	/** The Gap Indicators view's table, found on the screen by its columns. */
	private Table gapIndicatorsTable() {
		List<Table> tables = Widgets.visible(editor.getSite().getShell(), Table.class, t -> Arrays.stream(t.getColumns())
				.map(TableColumn::getText).toList().equals(List.of("Kind", "Gap", "Indicator", "Value", "n", "Severity")));
		assertEquals(1, tables.size(), "one Gap Indicators table on the screen");
		return tables.get(0);
	}

	@Test
	void revertDropsUnsavedChanges() throws Exception {
		String name = model.getSegments().get(0).getName();
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, model.getSegments().get(0),
				org.crmgap.model.CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Not kept"));
		editor.revert();
		ExampleProject.flush();
		GapModelEditor reopened = (GapModelEditor) example.page().getActiveEditor();
		assertEquals(name, reopened.getModel().getSegments().get(0).getName());
		assertFalse(reopened.isDirty());
	}

	@Test
	void theOutlineShowsTheModelAndRevealsInTheEditor() throws Exception {
		PageBookView view = (PageBookView) example.page().showView(IPageLayout.ID_OUTLINE);
		example.page().activate(editor);
		ExampleProject.flush();
		// the Outline view shows a tree with the model at its root, then the model's diagrams
		Control shown = view.getCurrentPage().getControl();
		assertTrue(shown instanceof Tree tree && tree.isVisible() && tree.getItemCount() == 2, "one tree in the Outline: " + shown);
		assertEquals("Gap Model Northbridge Bank", ((Tree) shown).getItem(0).getText());
		assertEquals("Diagrams", ((Tree) shown).getItem(1).getText());
		IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
		assertSame(outline, editor.outline());
		ExampleProject.flush();
		GapOutlinePage gapOutline = editor.outline();
		assertNotNull(gapOutline.viewer(), "the Outline view created the page");
		gapOutline.viewer().expandAll();
		assertNotNull(ExampleProject.findItem(gapOutline.viewer().getTree().getItems(), model.getSegments().get(0)), "the outline shows the segments");
		gapOutline.viewer().setSelection(new StructuredSelection(model.getSegments().get(0)));
		editor.reveal(model.getSegments().get(0));
		assertSame(model.getSegments().get(0), editor.modelPage().viewer().getStructuredSelection().getFirstElement());
		Screenshots.take(editor.getSite().getShell(), "editor-outline");
	}

}
