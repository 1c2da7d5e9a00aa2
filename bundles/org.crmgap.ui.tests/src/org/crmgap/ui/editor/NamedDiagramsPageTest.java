package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.ui.testing.Dialogs;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many diagrams of one kind in the editor, as a modeller makes them: New… with a scope, the page shows the new
 * diagram, Rename…, Delete, each undoable on the editor's command stack; saved in the notation file.
 */
class NamedDiagramsPageTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("named-diagrams");

	private final List<String> problems = new ArrayList<>();

	/** The example in the editor, its DIE overview page with all its nodes in the browser. */
	private record Opened(IFile file, GapModelEditor editor, Control page, Browser browser) {
	}

	private Opened openDieOverview() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), file, GapModelEditor.ID);
		Control diagramPage = Widgets.showPage(editor, DiagramKind.DIE_OVERVIEW.label());
		Browser browser = Widgets.visible(diagramPage, Browser.class).get(0);
		Ui.waitFor("the DIE overview in the browser", 90_000, () -> nodes(browser) == 101);
		return new Opened(file, editor, diagramPage, browser);
	}

	/** New… on the page, the dialog answered by {@code answer}. */
	private void newDiagram(Control diagramPage, Consumer<Shell> answer) {
		Dialogs.answer("New DIE overview diagram", answer, problems);
		click(Widgets.visible(diagramPage, Button.class, b -> b.getText().equals("New…")).get(0));
		assertEquals(List.of(), problems);
	}

	private static int nodes(Browser browser) {
		Object n = browser.evaluate("return window.crmgap && window.crmgap.count ? window.crmgap.count('node:') : -1;");
		return n instanceof Number number ? number.intValue() : -1;
	}

	private static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Every diagram shown so far in this page was switched to in it (the choice, the Overview's links, the Outline). */
	private static void assertSamePage(Browser browser) {
		assertEquals(Boolean.TRUE, browser.evaluate("return window.crmgapSamePage === true;"), "the page was loaded again");
	}

	private static List<String> items(Combo combo) {
		return Arrays.asList(combo.getItems());
	}

	@Test
	void aFocusedDiagramOfOneSegmentIsMadeRenamedAndDeletedWithUndo() throws Exception {
		Opened opened = openDieOverview();
		IFile file = opened.file();
		GapModelEditor editor = opened.editor();
		Control diagramPage = opened.page();
		Browser browser = opened.browser();
		Combo choice = Widgets.visible(diagramPage, Combo.class).get(0);
		assertEquals(List.of("DIE overview"), items(choice));
		Button delete = Widgets.visible(diagramPage, Button.class, b -> b.getText().equals("Delete")).get(0);
		assertFalse(delete.isEnabled(), "the kind's only diagram cannot be deleted");
		// in this small editor the layers and legend start folded, so the toolbar covers little of the drawing
		double height = ((Number) browser.evaluate("return window.innerHeight;")).doubleValue();
		assertTrue(height < 640, "the editor's diagram page is small in this window: " + height);
		assertEquals(Boolean.FALSE, browser.evaluate("return document.querySelector('.crmgap-key').open;"), "legend folded");
		// a mark in the page: a diagram shown by loading the page again would lose it
		browser.execute("window.crmgapSamePage = true;");

		// New…: a taken name is refused in the dialog, then one segment and what serves it
		newDiagram(diagramPage, shell -> {
			Text name = Widgets.visible(shell, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0).get(0);
			name.setText("DIE overview");
			assertFalse(Dialogs.button(shell, "OK").isEnabled(), "a name the kind already has");
			name.setText("Private partners");
			Dialogs.choose(shell, "One segment and what serves it:");
			Combo segments = Widgets.visible(shell, Combo.class, Combo::isEnabled).get(0);
			segments.select(items(segments).indexOf("Private and business partners"));
			segments.notifyListeners(SWT.Selection, new Event());
			try {
				Screenshots.take(shell, "editor-new-diagram-dialog");
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
			Dialogs.press(shell, "OK");
		});
		assertEquals(List.of("DIE overview", "Private partners"), items(choice));
		assertEquals("Private partners", choice.getText(), "the page shows the new diagram");
		// the segment, its expectations, what serves it (NamedDiagramsTest lists the 24 from the example)
		Ui.waitFor("the focused diagram in the browser", 60_000, () -> nodes(browser) == 24, () -> nodes(browser) + " nodes");
		assertSamePage(browser);
		assertTrue(editor.isDirty());
		Screenshots.awaitPaint(browser);
		Screenshots.take(editor.getSite().getShell(), "editor-focused-diagram");

		// Rename…, then back with undo
		Dialogs.answer("Rename diagram", shell -> {
			Widgets.visible(shell, Text.class).get(0).setText("Private and business partners");
			Dialogs.press(shell, "OK");
		}, problems);
		click(Widgets.visible(diagramPage, Button.class, b -> b.getText().equals("Rename…")).get(0));
		assertEquals(List.of(), problems);
		Ui.waitFor("the new name", 10_000, () -> items(choice).contains("Private and business partners"));
		editor.getEditingDomain().getCommandStack().undo();
		Ui.waitFor("the name back after undo", 10_000, () -> items(choice).equals(List.of("DIE overview", "Private partners")));

		// saved in the notation file beside the model
		editor.doSave(null);
		Path notation = DiagramDocument.notationFile(file.getLocation().toPath());
		assertTrue(Files.readString(notation).contains("name=\"Private partners\""), "the diagram is in the notation file");

		// Delete shows the kind's first diagram; undo brings the deleted one back
		assertTrue(delete.isEnabled());
		Dialogs.answer("Delete diagram", shell -> Dialogs.press(shell, "OK"), problems);
		click(delete);
		assertEquals(List.of(), problems);
		Ui.waitFor("one diagram left", 10_000, () -> items(choice).equals(List.of("DIE overview")));
		assertEquals("DIE overview", choice.getText());
		Ui.waitFor("the DIE overview back in the browser", 60_000, () -> nodes(browser) == 101);
		editor.getEditingDomain().getCommandStack().undo();
		Ui.waitFor("the diagram back after undo", 10_000, () -> items(choice).equals(List.of("DIE overview", "Private partners")));
		choice.select(1);
		choice.notifyListeners(SWT.Selection, new Event());
		Ui.waitFor("the restored diagram in the browser", 60_000, () -> nodes(browser) == 24, () -> nodes(browser) + " nodes");

		// the Overview lists the diagrams per kind; a link opens its diagram on the kind's page
		choice.select(0);
		choice.notifyListeners(SWT.Selection, new Event());
		Ui.waitFor("the DIE overview in the browser again", 60_000, () -> nodes(browser) == 101);
		Control overviewPage = Widgets.showPage(editor, "Overview");
		DiagramsSection list = editor.page(OverviewPage.class).diagramList();
		Ui.waitFor("the diagrams on the Overview", 10_000, () -> list.summary().contains("DIE overview: DIE overview, Private partners"),
				() -> list.summary().toString());
		assertTrue(list.summary().contains("Organisation: none yet (its page starts with everything)"), list.summary().toString());
		Hyperlink link = Widgets.visible(overviewPage, Hyperlink.class, h -> h.getText().equals("Private partners")).get(0);
		// scrolled down to the list, as a user would in this small window
		Widgets.visible(overviewPage, ScrolledForm.class).get(0).showControl(link);
		Screenshots.awaitPaint(overviewPage);
		Screenshots.take(editor.getSite().getShell(), "editor-overview-diagrams");
		Event enter = new Event();
		enter.character = '\r';
		enter.keyCode = SWT.CR;
		link.notifyListeners(SWT.KeyDown, enter);
		Widgets.assertPageShown(editor, DiagramKind.DIE_OVERVIEW.label());
		assertEquals("Private partners", choice.getText());
		Ui.waitFor("the linked diagram in the browser", 60_000, () -> nodes(browser) == 24, () -> nodes(browser) + " nodes");

		// the Outline lists them too, under the model; a double-click opens one
		choice.select(0);
		choice.notifyListeners(SWT.Selection, new Event());
		Ui.waitFor("the DIE overview in the browser once more", 60_000, () -> nodes(browser) == 101);
		example.page().showView(IPageLayout.ID_OUTLINE);
		example.page().activate(editor);
		Ui.waitFor("the Outline page", 10_000, () -> editor.outline() != null && editor.outline().viewer() != null);
		TreeViewer outline = editor.outline().viewer();
		outline.expandAll();
		Tree tree = outline.getTree();
		assertEquals("Diagrams", tree.getItem(1).getText());
		List<String> kinds = Arrays.stream(tree.getItem(1).getItems()).map(TreeItem::getText).toList();
		assertEquals(List.of("DIE overview (2)", "Organisation (none yet)", "Relationship profiles (none yet)", "Communications (none yet)"), kinds);
		List<String> overviews = Arrays.stream(tree.getItem(1).getItem(0).getItems()).map(TreeItem::getText).toList();
		assertEquals(List.of("DIE overview \u2014 101 elements", "Private partners \u2014 24 elements"), overviews);
		TreeItem partners = tree.getItem(1).getItem(0).getItem(1);
		outline.collapseToLevel(tree.getItem(0).getData(), TreeViewer.ALL_LEVELS);
		tree.showItem(partners);
		Screenshots.take(editor.getSite().getShell(), "editor-outline-diagrams");
		outline.setSelection(new StructuredSelection(partners.getData()));
		assertTrue(editor.outline().getSelection().isEmpty(), "a diagram is not offered to the Properties view");
		tree.setSelection(partners);
		Event open = new Event();
		open.item = partners;
		tree.notifyListeners(SWT.DefaultSelection, open);
		Widgets.assertPageShown(editor, DiagramKind.DIE_OVERVIEW.label());
		assertEquals("Private partners", choice.getText());
		Ui.waitFor("the diagram opened from the Outline", 60_000, () -> nodes(browser) == 24, () -> nodes(browser) + " nodes");
		assertSamePage(browser);
		// undoing New… (the last command left on the stack) takes it out of the Outline
		editor.getEditingDomain().getCommandStack().undo();
		Ui.waitFor("the Outline without the new diagram", 10_000, () -> tree.getItem(1).getItem(0).getText().equals("DIE overview (1)"),
				() -> tree.getItem(1).getItem(0).getText());
		outline.expandAll();
		assertEquals(List.of("DIE overview \u2014 101 elements"),
				Arrays.stream(tree.getItem(1).getItem(0).getItems()).map(TreeItem::getText).toList());
	}

	@Test
	void theTreeShowsAnElementOnAnEmptyDiagramFromItsContextMenu() throws Exception {
		Opened opened = openDieOverview();
		GapModelEditor editor = opened.editor();
		Control diagramPage = opened.page();
		Browser browser = opened.browser();
		newDiagram(diagramPage, shell -> {
			Widgets.visible(shell, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0).get(0).setText("Savers");
			Dialogs.choose(shell, "Empty (show elements later)");
			Dialogs.press(shell, "OK");
		});
		Ui.waitFor("the empty diagram in the browser", 60_000, () -> nodes(browser) == 0, () -> nodes(browser) + " nodes");

		// in the tree: a segment, then its context menu as a right click fills it
		Widgets.showPage(editor, "Model");
		var savers = editor.getModel().getSegments().stream().filter(s -> s.getName().equals("Transactional savers")).findFirst().orElseThrow();
		editor.modelPage().viewer().setSelection(new StructuredSelection(savers), true);
		Menu context = editor.modelPage().viewer().getTree().getMenu();
		context.notifyListeners(SWT.Show, new Event());
		MenuItem show = item(context, "Show on Diagram");
		show.getMenu().notifyListeners(SWT.Show, new Event());
		assertFalse(item(show.getMenu(), "DIE overview: DIE overview").isEnabled(), "the first diagram shows it already");
		MenuItem onSavers = item(show.getMenu(), "DIE overview: Savers");
		assertTrue(onSavers.isEnabled());
		onSavers.notifyListeners(SWT.Selection, new Event());
		context.notifyListeners(SWT.Hide, new Event());

		Widgets.assertPageShown(editor, DiagramKind.DIE_OVERVIEW.label());
		Combo choice = Widgets.visible(diagramPage, Combo.class).get(0);
		assertEquals("Savers", choice.getText());
		Ui.waitFor("the segment on the diagram", 60_000, () -> nodes(browser) == 1, () -> nodes(browser) + " nodes");
		editor.getEditingDomain().getCommandStack().undo();
		Ui.waitFor("the diagram empty again after undo", 60_000, () -> nodes(browser) == 0, () -> nodes(browser) + " nodes");
	}

	/**
	 * An element dragged from the Outline and dropped on the page in the workbench's WebKitGTK: the page's drag events
	 * carry the Outline's text ({@link ElementDrag#text}) as a drop from another window does (a drag posted to Xvfb as
	 * pointer events was taken in some runs only); the element is shown where it was dropped, undo takes it away.
	 */
	@Test
	void anElementDroppedFromTheOutlineIsShownWhereItWasDropped() throws Exception {
		Opened opened = openDieOverview();
		GapModelEditor editor = opened.editor();
		Browser browser = opened.browser();
		newDiagram(opened.page(), shell -> {
			Widgets.visible(shell, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0).get(0).setText("Dropped");
			Dialogs.choose(shell, "Empty (show elements later)");
			Dialogs.press(shell, "OK");
		});
		Ui.waitFor("the empty diagram shown", 60_000, () -> nodes(browser) == 0 && "loaded".equals(status(browser)),
				() -> nodes(browser) + " nodes, " + status(browser));
		var savers = editor.getModel().getSegments().stream().filter(s -> s.getName().equals("Transactional savers")).findFirst().orElseThrow();
		String text = ElementDrag.text(new StructuredSelection(savers));
		Object taken = browser.evaluate("""
				const x = Math.round(window.innerWidth / 2), y = Math.round(window.innerHeight / 2);
				const data = new DataTransfer();
				data.setData('text/plain', %s);
				const target = document.elementFromPoint(x, y);
				let taken = false;
				for (const type of ['dragenter', 'dragover', 'drop']) {
				  const event = new DragEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, dataTransfer: data });
				  target.dispatchEvent(event);
				  taken = event.defaultPrevented;
				}
				return taken;""".formatted(ScriptText.literal(text)));
		assertEquals(Boolean.TRUE, taken, "the page takes the drop");
		// the node can be in the model a moment before its name label has its text (seen once in CI): wait for both
		Ui.waitFor("the dropped segment on the diagram with its name", 60_000,
				() -> nodes(browser) == 1 && "Transactional savers".equals(nodeNames(browser)),
				() -> nodes(browser) + " nodes named '" + nodeNames(browser) + "'");
		editor.getEditingDomain().getCommandStack().undo();
		Ui.waitFor("the diagram empty again after undo", 60_000, () -> nodes(browser) == 0, () -> nodes(browser) + " nodes");
	}

	private static String nodeNames(Browser browser) {
		return String.valueOf(browser.evaluate("return window.crmgap.root().children.filter(c => c.type.startsWith('node:'))"
				+ ".map(c => (c.children.find(l => l.type === 'label:name') || {}).text).join();"));
	}

	private static String status(Browser browser) {
		return String.valueOf(browser.evaluate("return window.crmgap ? window.crmgap.status : '';"));
	}

	@Test
	void aScopeOfOneGapIsRefusedWhenTheModelHasNoGap() throws Exception {
		Opened opened = openDieOverview();
		GapModelEditor editor = opened.editor();
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(RemoveCommand.create(domain, editor.getModel(), CrmGapPackage.Literals.GAP_MODEL__GAPS,
				List.copyOf(editor.getModel().getGaps())));
		List<String> seen = new ArrayList<>();
		newDiagram(opened.page(), shell -> {
			Dialogs.choose(shell, "One gap and its neighbourhood:");
			seen.add(((TitleAreaDialog) shell.getData()).getMessage());
			seen.add(String.valueOf(Dialogs.button(shell, "OK").isEnabled()));
			Dialogs.press(shell, "Cancel");
		});
		assertEquals(List.of("The model has nothing to choose for \"One gap and its neighbourhood\".", "false"), seen);
		assertEquals(List.of("DIE overview"), items(Widgets.visible(opened.page(), Combo.class).get(0)));
	}

	/**
	 * The page's "Open in tree" (its context menu, tested with the real mouse in Chromium: ContextMenuChromiumTest) calls
	 * the workbench's {@code crmgapHostReveal} with the selected ids: here called as the menu calls it (a synthetic
	 * right click in WebKitGTK opened the menu in some runs only).
	 */
	@Test
	void openInTreeFromTheDiagramSelectsTheElementInTheTree() throws Exception {
		Opened opened = openDieOverview();
		Browser browser = opened.browser();
		var savers = opened.editor().getModel().getSegments().stream().filter(s -> s.getName().equals("Transactional savers")).findFirst()
				.orElseThrow();
		String id = opened.editor().diagramPage(DiagramKind.DIE_OVERVIEW).document().id(savers);
		assertEquals(Boolean.TRUE, browser.evaluate("return typeof window.crmgapHostReveal === 'function';"), "the menu's entry is enabled");
		browser.execute("window.crmgapHostReveal(JSON.stringify(['" + id + "']));");
		Ui.waitFor("the segment selected in the tree", 20_000,
				() -> "Model".equals(Widgets.selectedPage(opened.editor()))
						&& opened.editor().modelPage().viewer().getStructuredSelection().toList().equals(List.of(savers)),
				() -> Widgets.selectedPage(opened.editor()) + " " + opened.editor().modelPage().viewer().getStructuredSelection().toList());
	}

	private static MenuItem item(Menu menu, String text) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + text + "' in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}
}
