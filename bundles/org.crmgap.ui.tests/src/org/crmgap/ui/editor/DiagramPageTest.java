package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diagram page of the editor in the real workbench: the GLSP client in the SWT Browser (WebKitGTK, Xvfb) on the
 * editor's command stack. A palette click creates a segment the model and the tree see; save writes model and notation.
 */
class DiagramPageTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("diagram-bank");

	/**
	 * How many of the DIE overview's 101 nodes the user sees at least when the page opens: at full size, on the top of
	 * the drawing, so that the labels are readable (the Chromium test measures the fonts); "Fit" shows all. In the
	 * test workbench's small editor (1280×800 window) that is only one or two whole nodes (1 and 2 seen).
	 */
	private static final int IN_VIEW = 1;

	private static Object js(Browser browser, String script) {
		return browser.evaluate(script);
	}

	private static int nodes(Browser browser) {
		Object n = js(browser, "return window.crmgap && window.crmgap.count ? window.crmgap.count('node:') : -1;");
		return n instanceof Number number ? number.intValue() : -1;
	}

	/**
	 * The diagram's nodes the user sees, from the page's DOM: drawn (not only in the client's model), their centre
	 * inside the browser's viewport and not covered there by the palette or the toolbar; as type and text.
	 */
	private static List<String> nodesInView(Browser browser) {
		Object types = js(browser, """
				const w = window.innerWidth, h = window.innerHeight;
				return [...document.querySelectorAll('g[data-svg-metadata-type^="node:"]')].filter(g => {
				  const r = g.getBoundingClientRect();
				  const x = r.left + r.width / 2, y = r.top + r.height / 2;
				  return r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x < w && y < h && g.contains(document.elementFromPoint(x, y));
				}).map(g => g.getAttribute('data-svg-metadata-type') + ' ' + g.textContent.replace(/\\s+/g, ' ')).join('\\n');""");
		return types instanceof String text && !text.isEmpty() ? List.of(text.split("\n")) : List.of();
	}

	@Test
	void aPaletteClickCreatesASegmentTheTreeSeesAndSaveWritesModelAndNotation() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), file, GapModelEditor.ID);
		Control diagram = Widgets.showPage(editor, DiagramKind.DIE_OVERVIEW.label());
		Widgets.assertPageShown(editor, DiagramKind.DIE_OVERVIEW.label());
		List<Browser> browsers = Widgets.visible(diagram, Browser.class);
		assertEquals(1, browsers.size(), "the diagram page holds a browser");
		Browser browser = browsers.get(0);
		Ui.waitFor("the diagram in the SWT Browser", 90_000, () -> nodes(browser) == 101);
		Ui.waitFor("the diagram's nodes in view", 20_000, () -> nodesInView(browser).size() >= IN_VIEW,
				() -> nodesInView(browser).size() + " nodes in view: " + nodesInView(browser));
		Screenshots.awaitPaint(browser);
		Screenshots.take(editor.getSite().getShell(), "editor-6-diagram");

		// the palette button, then a click on empty canvas (left of the diagram), as a mouse would
		js(browser, "window.crmgap.scrollTo(-600, 0);");
		Ui.waitFor("the palette", 10_000, () -> Boolean.TRUE.equals(js(browser,
				"return [...document.querySelectorAll('.tool-palette .tool-button')].some(b => b.textContent.includes('Customer segment'));")));
		js(browser, "[...document.querySelectorAll('.tool-palette .tool-button')].find(b => b.textContent.includes('Customer segment')).click();");
		js(browser, """
				const svg = document.querySelector('#crmgap-diagram svg');
				for (const type of ['mousedown', 'mouseup', 'click']) {
				  svg.dispatchEvent(new MouseEvent(type, { clientX: 250, clientY: 300, bubbles: true, button: 0 }));
				}""");
		GapModel model = editor.getModel();
		Ui.waitFor("the new segment in the model", 20_000, () -> model.getSegments().size() == 4);
		Ui.waitFor("the new segment on the diagram", 20_000, () -> nodes(browser) == 102);
		CustomerSegment created = model.getSegments().get(3);
		assertEquals("New customer segment", created.getName());
		assertTrue(editor.isDirty());
		Ui.waitFor("the new segment in the tree", 10_000,
				() -> ExampleProject.findItem(editor.modelPage().viewer().getTree().getItems(), created) != null);
		Widgets.assertPageShown(editor, DiagramKind.DIE_OVERVIEW.label());
		Ui.waitFor("the new segment in view, not under the palette", 20_000,
				() -> nodesInView(browser).stream().anyMatch(n -> n.startsWith("node:segment New customer segment")), () -> nodesInView(browser).toString());
		Screenshots.awaitPaint(browser);
		Screenshots.take(editor.getSite().getShell(), "editor-7-diagram-created");

		editor.doSave(null);
		assertFalse(editor.isDirty());
		Path folder = file.getLocation().toPath().getParent();
		assertEquals(4, ModelFiles.load(folder.resolve("retail-bank.crmgap")).getSegments().size());
		Path notation = DiagramDocument.notationFile(folder.resolve("retail-bank.crmgap"));
		assertTrue(Files.isRegularFile(notation), "the notation is written with the model");
		assertTrue(Files.readString(notation).contains(editor.diagramPage(DiagramKind.DIE_OVERVIEW).document().id(created)), "the new shape is in it");

		// undo in the editor (the tree's command stack) takes the segment off the diagram too
		editor.getEditingDomain().getCommandStack().undo();
		Ui.waitFor("the diagram to follow the undo", 20_000, () -> nodes(browser) == 101);
		assertEquals(3, model.getSegments().size());
	}
}
