package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.examples.Examples;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.testing.Screenshots;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagram page of the editor in the real workbench: the GLSP client in the SWT Browser (WebKitGTK, Xvfb) on the
 * editor's command stack. A palette click creates a segment the model and the tree see; save writes model and notation.
 */
class DiagramPageTest {

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void exampleProject() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ExampleProject.create("diagram-bank", true);
	}

	@AfterEach
	void closeAll() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static void waitFor(String what, long millis, BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static Object js(Browser browser, String script) {
		return browser.evaluate(script);
	}

	private static int nodes(Browser browser) {
		Object n = js(browser, "return window.crmgap && window.crmgap.count ? window.crmgap.count('node:') : -1;");
		return n instanceof Number number ? number.intValue() : -1;
	}

	@Test
	void aPaletteClickCreatesASegmentTheTreeSeesAndSaveWritesModelAndNotation() throws Exception {
		IFile file = project.getFile("retail-bank.crmgap");
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(page, file, GapModelEditor.ID);
		editor.showPage(editor.diagramPageIndex(DiagramKind.DIE_OVERVIEW));
		Browser browser = editor.diagramPage(DiagramKind.DIE_OVERVIEW).browser();
		waitFor("the diagram in the SWT Browser", 90_000, () -> nodes(browser) == 99);
		Screenshots.take(editor.getSite().getShell(), "editor-6-diagram");

		// the palette button, then a click on empty canvas (left of the diagram), as a mouse would
		js(browser, "window.crmgap.scrollTo(-600, 0);");
		waitFor("the palette", 10_000, () -> Boolean.TRUE.equals(js(browser,
				"return [...document.querySelectorAll('.tool-palette .tool-button')].some(b => b.textContent.includes('Customer segment'));")));
		js(browser, "[...document.querySelectorAll('.tool-palette .tool-button')].find(b => b.textContent.includes('Customer segment')).click();");
		js(browser, """
				const svg = document.querySelector('#crmgap-diagram svg');
				for (const type of ['mousedown', 'mouseup', 'click']) {
				  svg.dispatchEvent(new MouseEvent(type, { clientX: 250, clientY: 300, bubbles: true, button: 0 }));
				}""");
		GapModel model = editor.getModel();
		waitFor("the new segment in the model", 20_000, () -> model.getSegments().size() == 4);
		waitFor("the new segment on the diagram", 20_000, () -> nodes(browser) == 100);
		CustomerSegment created = model.getSegments().get(3);
		assertEquals("New customer segment", created.getName());
		assertTrue(editor.isDirty());
		waitFor("the new segment in the tree", 10_000,
				() -> ExampleProject.findItem(editor.modelPage().viewer().getTree().getItems(), created) != null);
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
		waitFor("the diagram to follow the undo", 20_000, () -> nodes(browser) == 99);
		assertEquals(3, model.getSegments().size());
	}
}
