package org.crmgap.diagram.internal.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.Route;
import org.eclipse.emf.common.util.ECollections;

/**
 * The notation file written without its stale routes ({@link StoredRoutes#stale}), which would never be drawn again and
 * only grow the file and its diffs. The document keeps them: the editor's undo history holds commands that put them
 * back in place (undoing a move makes a route fit again), so they are taken out for the save only.
 */
public final class PrunedNotation {

	private PrunedNotation() {
	}

	/** Saves the document's notation resource; to be run on the document's model thread. */
	public static void save(DiagramDocument document) throws IOException {
		Map<Diagram, List<Route>> all = new LinkedHashMap<>();
		for (Diagram diagram : document.diagrams().getDiagrams()) {
			DiagramKind kind = kind(diagram);
			List<Route> stale = kind == null ? List.of() : StoredRoutes.stale(new DiagramContent(document, kind, diagram), diagram);
			if (!stale.isEmpty()) {
				all.put(diagram, new ArrayList<>(diagram.getRoutes()));
				diagram.getRoutes().removeAll(stale);
			}
		}
		try {
			document.diagrams().eResource().save(null);
		} finally {
			// the same route objects in the same order (the resource gives them back their ids)
			all.forEach((diagram, routes) -> ECollections.setEList(diagram.getRoutes(), routes));
		}
	}

	/** The diagram's kind; null for one this version does not know (its routes are written as they are). */
	private static DiagramKind kind(Diagram diagram) {
		try {
			return DiagramKind.of(diagram.getKind());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
