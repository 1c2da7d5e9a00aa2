package org.crmgap.diagram.internal.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.figure.FigureGModelFactory;
import org.crmgap.diagram.internal.figure.FigureSelection;
import org.crmgap.diagram.internal.glsp.GapGModelFactory;
import org.crmgap.diagram.internal.glsp.GapModelState;
import org.crmgap.diagram.notation.Diagram;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;

/**
 * The GModel of each diagram of a document, built by the same model factories as the server's sessions but without a
 * client: the shapes' positions from the notation (a diagram not in the file gets its initial ELK layout, as when the
 * editor first opens it), the gap-model figure from its template.
 */
public final class DiagramGraphs {

	private DiagramGraphs() {
	}

	/** A diagram of a kind; {@code diagram} is null for the figure and for a kind the notation file has no diagram of. */
	public record Named(DiagramKind kind, Diagram diagram) {
	}

	/** The document's diagrams by their names (made unique), the figure first, then the other kinds in their order. */
	public static Map<String, Named> diagrams(DiagramDocument document) {
		Map<String, Named> named = new LinkedHashMap<>();
		named.put(DiagramKind.GAP_MODEL.label(), new Named(DiagramKind.GAP_MODEL, null));
		for (DiagramKind kind : DiagramKind.values()) {
			if (kind.isTemplate()) {
				continue;
			}
			List<Diagram> ofKind = new ArrayList<>(DiagramCommands.list(document, kind));
			if (ofKind.isEmpty()) {
				ofKind.add(null); // what the editor's page would show, laid out when it is drawn
			}
			for (Diagram diagram : ofKind) {
				String name = diagram == null || diagram.getName() == null || diagram.getName().isBlank() ? kind.label() : diagram.getName();
				String unique = name;
				for (int i = 2; named.containsKey(unique); i++) {
					unique = name + " (" + i + ")";
				}
				named.put(unique, new Named(kind, diagram));
			}
		}
		return named;
	}

	/** The GModel of a diagram of the document (the figure for all segments). */
	public static GModelRoot graph(DiagramDocument document, Named named) {
		DiagramKind kind = named.kind();
		Diagram diagram = named.diagram();
		Injector injector = Guice.createInjector(binder -> {
			binder.bind(String.class).annotatedWith(DiagramType.class).toInstance(kind.id());
			binder.bind(String.class).annotatedWith(ClientId.class).toInstance("svg-export"); // no client: a name for the logs
			binder.bind(GapModelState.class).in(Singleton.class);
			binder.bind(FigureSelection.class).in(Singleton.class);
		});
		GapModelState state = injector.getInstance(GapModelState.class);
		if (diagram == null) {
			state.open(document);
		} else {
			state.open(document, diagram);
		}
		Class<? extends GModelFactory> factory = kind.isTemplate() ? FigureGModelFactory.class : GapGModelFactory.class;
		injector.getInstance(factory).createGModel();
		return state.getRoot();
	}
}
