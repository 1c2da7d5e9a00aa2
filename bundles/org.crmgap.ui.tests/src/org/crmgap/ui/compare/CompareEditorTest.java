package org.crmgap.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.editor.ExampleProject;
import org.crmgap.ui.testing.Dialogs;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Compare With > Each Other as Gap Models in the Project Explorer's context menu: the comparison editor, its changes and both versions. */
class CompareEditorTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.modelOnly("compare-bank");

	private IFile older;

	@BeforeEach
	void create() throws Exception {
		older = example.model();
	}

	@Test
	void theChangesAreListedByElementAndSelectTheElementInBothVersions() throws Exception {
		IFile newer = changedCopy("retail-bank.v2.crmgap");
		ComparisonEditor editor = compareFromTheMenu(older, newer);

		assertEquals("4 changes in 4 elements from retail-bank.crmgap to retail-bank.v2.crmgap. "
				+ "Select a change to see its element in both versions.", editor.summary());
		assertEquals(List.of(
				"Service Dimension security", "    added in GapModel 'Northbridge Bank'",
				"Customer Segment Everyday savers", "    renamed from 'Transactional savers' to 'Everyday savers'",
				"Customer Segment Relationship banking", "    size: '18000' → '24000'",
				"Communication Private banking brochure", "    removed from GapModel 'Northbridge Bank' (with 1 contained element)"),
				rows(editor.changes().viewer().getTree()));
		// the first change is shown from the start: an element only the newer version has
		assertEquals(List.of("Service Dimension security"), selected(editor.changes().viewer()));
		assertEquals(List.of("/compare-bank/retail-bank.crmgap (older) — not in this version", "/compare-bank/retail-bank.v2.crmgap (newer)"),
				Widgets.visible(editor.older().viewer().getControl().getParent().getParent(), Label.class).stream().map(Label::getText).toList());
		assertEquals(List.of(), selected(editor.older().viewer()));
		assertEquals(List.of("Service Dimension security"), selected(editor.newer().viewer()));

		click(editor.changes().viewer().getTree(), "    renamed from 'Transactional savers' to 'Everyday savers'");
		assertEquals(List.of("Customer Segment Transactional savers"), selected(editor.older().viewer()));
		assertEquals("/compare-bank/retail-bank.crmgap (older)", editor.older().header());
		assertEquals(List.of("Customer Segment Everyday savers"), selected(editor.newer().viewer()));

		click(editor.changes().viewer().getTree(), "Communication Private banking brochure");
		assertEquals(List.of("Communication Private banking brochure"), selected(editor.older().viewer()));
		assertEquals(List.of(), selected(editor.newer().viewer()));
		assertEquals("/compare-bank/retail-bank.v2.crmgap (newer) — not in this version", editor.newer().header());

		click(editor.changes().viewer().getTree(), "    size: '18000' → '24000'");
		assertEquals(List.of("Customer Segment Relationship banking"), selected(editor.older().viewer()));
		assertEquals(List.of("Customer Segment Relationship banking"), selected(editor.newer().viewer()));
		assertEquals("/compare-bank/retail-bank.v2.crmgap (newer)", editor.newer().header());
		example.page().setPartState(example.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.take(editor.getSite().getShell(), "compare-editor");
		example.page().setPartState(example.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// the other way round: what was added is removed, a rename goes back
		Dialogs.press(editor.getSite().getShell(), "Swap Sides");
		assertEquals("retail-bank.v2.crmgap ↔ retail-bank.crmgap", editor.getPartName());
		assertEquals("4 changes in 4 elements from retail-bank.v2.crmgap to retail-bank.crmgap. "
				+ "Select a change to see its element in both versions.", editor.summary());
		assertEquals(List.of(
				"Customer Segment Transactional savers", "    renamed from 'Everyday savers' to 'Transactional savers'",
				"Customer Segment Relationship banking", "    size: '24000' → '18000'",
				"Communication Private banking brochure", "    added in GapModel 'Northbridge Bank' (with 1 contained element)",
				"Service Dimension security", "    removed from GapModel 'Northbridge Bank'"),
				rows(editor.changes().viewer().getTree()));
		assertEquals(List.of("Customer Segment Everyday savers"), selected(editor.older().viewer()));
		assertEquals(List.of("Customer Segment Transactional savers"), selected(editor.newer().viewer()));
	}

	@Test
	void layoutChangesAreListedApartCollapsedAndSelectTheShapesElement() throws Exception {
		IFile newer = changedCopy("retail-bank.v2.crmgap");
		DiagramDocument document = DiagramDocument.open(older.getLocation().toPath());
		document.diagram(DiagramKind.ORGANISATION);
		document.saveNotation();
		DiagramSet layout = ModelFiles.loadForComparison(DiagramDocument.notationFile(older.getLocation().toPath()), DiagramSet.class);
		String centre = ((XMLResource) document.model().eResource()).getID(ModelVersions.unit(document.model(), "Contact Centre"));
		Shape moved = layout.getDiagrams().get(0).getShapes().stream().filter(s -> centre.equals(s.getElement())).findFirst().orElseThrow();
		double x = moved.getX();
		moved.setX(x + 100);
		ModelFiles.save(layout, DiagramDocument.notationFile(newer.getLocation().toPath()));
		example.project().refreshLocal(IResource.DEPTH_ONE, null);

		ComparisonEditor editor = compareFromTheMenu(older, newer);
		assertEquals("4 changes in 4 elements from retail-bank.crmgap to retail-bank.v2.crmgap. Select a change to see its element in "
				+ "both versions. The diagrams' layout: 1 change (last, collapsed).", editor.summary());
		Tree tree = editor.changes().viewer().getTree();
		TreeItem last = tree.getItem(tree.getItemCount() - 1);
		assertEquals("Layout of the diagrams: 1 change", last.getText());
		assertFalse(last.getExpanded(), "collapsed at first");
		List<String> rows = rows(tree);
		assertEquals(List.of("Layout of the diagrams: 1 change", "    Shape of OrganisationUnit 'Contact Centre' in Diagram 'Organisation': x: '"
				+ x + "' → '" + (x + 100) + "'"), rows.subList(rows.size() - 2, rows.size()));
		click(tree, rows.get(rows.size() - 1));
		assertEquals(List.of("Organisation Unit Contact Centre"), selected(editor.older().viewer()));
		assertEquals(List.of("Organisation Unit Contact Centre"), selected(editor.newer().viewer()));
		Screenshots.take(editor.getSite().getShell(), "compare-editor-layout");
	}

	@Test
	void theDiagramsTabOutlinesWhatWasRemovedInTheOlderAndWhatWasAddedOrChangedInTheNewer() throws Exception {
		IFile newer = changedCopy("retail-bank.v2.crmgap");
		ComparisonEditor editor = compareFromTheMenu(older, newer);
		assertEquals(null, editor.diagrams().html(true), "drawn only when the tab is shown");
		GapModel model = ModelFiles.loadForComparison(older.getLocation().toPath());
		String brochure = model.eResource().getURIFragment(model.getCommunications().stream()
				.filter(c -> "Private banking brochure".equals(c.getName())).findFirst().orElseThrow());
		String savers = model.eResource().getURIFragment(model.getSegments().get(0));

		example.page().setPartState(example.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		showDiagrams(editor);
		assertTrue(editor.diagrams().html(false).contains("id=\"" + brochure + "\" class=\"node diff-removed\""), "removed, in the older");
		assertTrue(editor.diagrams().html(true).contains("id=\"" + savers + "\" class=\"node diff-changed\""), "renamed, in the newer");
		assertFalse(editor.diagrams().html(true).contains("diff-removed"), "the newer shows no removed element");
		assertEquals(true, editor.diagrams().browser(false).evaluate("return document.getElementById('" + brochure
				+ "').classList.contains('diff-removed');"), "the browser shows the page");
		Screenshots.take(editor.getSite().getShell(), "compare-editor-diagrams");

		editor.swap(); // the brochure only the newer has: added
		showDiagrams(editor);
		assertTrue(editor.diagrams().html(true).contains("id=\"" + brochure + "\" class=\"node diff-added\""), "added, in the newer");
	}

	/** Clicks the Diagrams tab and waits for both pages to draw. */
	private static void showDiagrams(ComparisonEditor editor) {
		CTabItem tab = Arrays.stream(editor.tabs().getItems()).filter(i -> "Diagrams".equals(i.getText())).findFirst().orElseThrow();
		editor.tabs().setSelection(tab);
		Event selected = new Event();
		selected.item = tab;
		editor.tabs().notifyListeners(SWT.Selection, selected);
		for (Browser browser : List.of(editor.diagrams().browser(false), editor.diagrams().browser(true))) {
			Ui.waitFor("the diagrams' page", 20_000,
					() -> Boolean.TRUE.equals(browser.evaluate("return document.readyState === 'complete' && document.querySelector('svg') !== null;")));
			Screenshots.awaitPaint(browser);
		}
	}

	@Test
	void equalModelsSaySo() throws Exception {
		IFile copy = example.project().getFile("retail-bank.same.crmgap");
		older.copy(copy.getFullPath(), true, null);
		ComparisonEditor editor = compareFromTheMenu(older, copy);
		assertEquals("No differences from retail-bank.crmgap to retail-bank.same.crmgap: the two models are equal.", editor.summary());
		assertEquals(List.of(), rows(editor.changes().viewer().getTree()));
	}

	@Test
	void aFileThatCannotBeReadIsNamedInAnError() throws Exception {
		IFile broken = example.project().getFile("retail-bank.z.crmgap");
		broken.create(new java.io.ByteArrayInputStream("<?xml version=\"1.0\"?>\n<crmgap:GapModel name=\"half".getBytes()), true, null);
		List<String> seen = new ArrayList<>();
		Dialogs.answer(CompareHandler.TITLE, shell -> {
			seen.add(Widgets.visible(shell, Label.class).stream().map(Label::getText).filter(t -> t.startsWith("Cannot")).findFirst()
					.orElse("no message"));
			Dialogs.press(shell, "OK");
		}, seen);
		int editors = example.page().getEditorReferences().length;
		runFromTheMenu(older, broken);
		assertEquals(1, seen.size(), seen.toString());
		assertTrue(seen.get(0).startsWith("Cannot compare: /compare-bank/retail-bank.z.crmgap (line 2) is not a readable gap model: ")
				&& seen.get(0).length() > 90, seen.get(0));
		assertFalse(seen.get(0).contains("\n"), "one line");
		assertEquals(editors, example.page().getEditorReferences().length, "no editor opened");
	}

	/** The example changed through EMF commands (an element added, one renamed, one attribute set, one element removed). */
	private IFile changedCopy(String name) throws Exception {
		return ModelVersions.changed(older, name, (domain, model) -> {
			ServiceDimension security = CrmGapFactory.eINSTANCE.createServiceDimension();
			security.setName("security");
			var brochure = model.getCommunications().stream().filter(c -> c.getName().equals("Private banking brochure")).findFirst().orElseThrow();
			CompoundCommand edits = new CompoundCommand();
			edits.append(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__DIMENSIONS, security));
			edits.append(SetCommand.create(domain, model.getSegments().get(0), CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Everyday savers"));
			edits.append(SetCommand.create(domain, model.getSegments().get(1), CrmGapPackage.Literals.CUSTOMER_SEGMENT__SIZE, 24000));
			edits.append(RemoveCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__COMMUNICATIONS, brochure));
			return edits;
		});
	}

	private ComparisonEditor compareFromTheMenu(IFile first, IFile second) throws Exception {
		runFromTheMenu(first, second);
		return assertInstanceOf(ComparisonEditor.class, example.page().getActiveEditor());
	}

	private void runFromTheMenu(IFile first, IFile second) throws Exception {
		ModelVersions.runFromTheMenu(example.page(), List.of(first, second), "Compare With", "Each Other as Gap Models");
	}

	/** Selects the row showing {@code text} (indented as {@link #rows} gives it) as a click does. */
	private static void click(Tree tree, String text) {
		TreeItem item = items(tree.getItems()).stream().filter(i -> indented(i).equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no row '" + text + "' in " + rows(tree)));
		tree.setSelection(item);
		Event click = new Event();
		click.item = item;
		tree.notifyListeners(SWT.Selection, click);
		Ui.flush();
	}

	/** Every row of the tree, expanded, children indented by four spaces. */
	private static List<String> rows(Tree tree) {
		return items(tree.getItems()).stream().map(CompareEditorTest::indented).toList();
	}

	private static String indented(TreeItem item) {
		int depth = 0;
		for (TreeItem p = item.getParentItem(); p != null; p = p.getParentItem()) {
			depth++;
		}
		return "    ".repeat(depth) + item.getText();
	}

	private static List<TreeItem> items(TreeItem[] items) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : items) {
			all.add(item);
			Widgets.expand(item);
			all.addAll(items(item.getItems()));
		}
		return all;
	}

	private static List<String> selected(TreeViewer viewer) {
		return Arrays.stream(viewer.getTree().getSelection()).map(TreeItem::getText).toList();
	}
}
