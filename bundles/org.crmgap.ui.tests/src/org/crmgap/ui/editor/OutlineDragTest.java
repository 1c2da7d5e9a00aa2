package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.model.CustomerSegment;
import org.crmgap.ui.testing.Ui;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Outline as a drag source for the diagram pages: the selected elements as the text the page reads (the page's drop
 * itself: FocusedDiagramChromiumTest); and the Outline's Diagrams branch when the notation file cannot be read.
 */
class OutlineDragTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("outline-drag");

	@Test
	void theOutlineDragsTheSelectedElementsAsTheTextTheDiagramPageReads() throws Exception {
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), example.model(), GapModelEditor.ID);
		example.page().showView(IPageLayout.ID_OUTLINE);
		example.page().activate(editor);
		Ui.waitFor("the Outline page", 10_000, () -> editor.outline() != null && editor.outline().viewer() != null);
		TreeViewer outline = editor.outline().viewer();
		assertTrue(outline.getTree().getData(DND.DRAG_SOURCE_KEY) instanceof DragSource source
				&& Arrays.stream(source.getTransfer()).anyMatch(TextTransfer.class::isInstance), "the Outline drags text");
		CustomerSegment first = editor.getModel().getSegments().get(0);
		CustomerSegment second = editor.getModel().getSegments().get(1);
		outline.setSelection(new StructuredSelection(List.of(first, second)), true);
		// the ids as the model file has them (xmi:id), one line each: what drop.ts reads
		String expected = "crmgap:element/" + first.eResource().getURIFragment(first) + "\n" + "crmgap:element/"
				+ second.eResource().getURIFragment(second);
		assertEquals(expected, ElementDrag.text(outline.getStructuredSelection()));
		assertTrue(Files.readString(example.model().getLocation().toPath()).contains("xmi:id=\"" + first.eResource().getURIFragment(first) + "\""),
				"the dragged id is the element's xmi:id in the model file");
		assertEquals("", ElementDrag.text(new StructuredSelection(editor.getModel().eResource())), "a resource is not dragged");
	}

	@Test
	void anUnreadableNotationFileIsSaidInTheOutlineNotShownAsNoDiagrams() throws Exception {
		Path model = example.model().getLocation().toPath();
		Files.writeString(DiagramDocument.notationFile(model), "<notation:Document this is not XML");
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), example.model(), GapModelEditor.ID);
		example.page().showView(IPageLayout.ID_OUTLINE);
		example.page().activate(editor);
		Ui.waitFor("the Outline page", 10_000, () -> editor.outline() != null && editor.outline().viewer() != null);
		editor.outline().viewer().expandToLevel(2);
		Tree tree = editor.outline().viewer().getTree();
		String diagrams = tree.getItem(1).getText();
		assertTrue(diagrams.startsWith("Diagrams \u2014 cannot be listed: ") && diagrams.contains("retail-bank.crmgapnotation"),
				"the Diagrams branch names the file it cannot read: " + diagrams);
		assertEquals(List.of("DIE overview", "Organisation", "Relationship profiles", "Communications"),
				Arrays.stream(tree.getItem(1).getItems()).map(TreeItem::getText).toList(), "no '(none yet)' for a file that cannot be read");
	}
}
