package org.crmgap.ui.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.crmgap.diagram.notation.Diagram;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

/**
 * Model elements dragged out of a viewer (the Outline) onto a diagram page. The page is a web page in an SWT Browser,
 * which takes plain text only: one line per element, {@code crmgap:element/} and its id URL-encoded (the client's
 * drop.ts reads that and nothing else).
 */
final class ElementDrag {

	static final String PREFIX = "crmgap:element/";

	private ElementDrag() {
	}

	static void from(StructuredViewer viewer) {
		viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { TextTransfer.getInstance() }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = !text(viewer.getStructuredSelection()).isEmpty();
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = text(viewer.getStructuredSelection());
			}
		});
	}

	/** The selected model elements (not diagrams of the notation, not plain resources) as the drag's text. */
	static String text(IStructuredSelection selection) {
		List<?> elements = selection.toList();
		return elements.stream().filter(e -> e instanceof EObject && !(e instanceof Diagram)).map(EObject.class::cast)
				.filter(e -> e.eResource() != null)
				.map(e -> PREFIX + URLEncoder.encode(e.eResource().getURIFragment(e), StandardCharsets.UTF_8).replace("+", "%20"))
				.collect(Collectors.joining("\n"));
	}
}
