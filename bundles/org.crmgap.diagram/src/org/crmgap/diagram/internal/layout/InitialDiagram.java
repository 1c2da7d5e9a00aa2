package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramScope;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.diagram.notation.Route;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.eclipse.emf.ecore.EObject;

/** A new diagram of a kind: the elements of its scope (every element the kind shows, for a kind's first), placed by ELK. */
public final class InitialDiagram {

	private InitialDiagram() {
	}

	public static Diagram create(DiagramDocument document, DiagramKind kind) {
		return create(document, kind, kind.label(), DiagramScopes.elements(document.model(), kind, DiagramScope.everything()));
	}

	/** A diagram named {@code name} with a shape for each of the elements (those the kind shows). */
	public static Diagram create(DiagramDocument document, DiagramKind kind, String name, Collection<EObject> elements) {
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setId(UUID.randomUUID().toString());
		diagram.setKind(kind.id());
		diagram.setName(name);
		for (EObject element : elements) {
			Concept.of(element.eClass()).filter(kind.concepts()::contains)
					.ifPresent(concept -> diagram.getShapes().add(shape(document.id(element), concept, element)));
		}
		if (!diagram.getShapes().isEmpty()) {
			place(document, kind, diagram);
		}
		return diagram;
	}

	public static Shape shape(String element, Concept concept) {
		Shape shape = NotationFactory.eINSTANCE.createShape();
		shape.setElement(element);
		shape.setWidth(concept.width());
		shape.setHeight(concept.height());
		return shape;
	}

	/** A shape wide enough for the element's name and detail line (no names cut at the default size). */
	public static Shape shape(String id, Concept concept, EObject element) {
		Shape shape = shape(id, concept);
		shape.setWidth(LabelSize.width(element, concept));
		return shape;
	}

	/** Positions of all shapes of the diagram computed by ELK, by element id, and the routes of its edges. */
	public record Laid(Map<String, double[]> positions, List<Route> routes) {
	}

	/** Positions of all shapes of the diagram computed by ELK, by element id, and the edges' routes around them. */
	public static Laid layout(DiagramDocument document, DiagramKind kind, Diagram diagram) {
		DiagramContent content = new DiagramContent(document, kind, diagram);
		Map<String, String> parents = content.parents(false);
		List<ElkLayout.Box> boxes = new ArrayList<>();
		for (Shape shape : diagram.getShapes()) {
			EObject element = document.element(shape.getElement());
			Concept concept = element == null ? null : Concept.of(element.eClass()).orElse(null);
			if (concept != null) {
				int layer = concept.layer().ordinal();
				// containers start from their concept's size (wide enough for their name); ELK grows them around their content
				boolean container = parents.containsValue(shape.getElement());
				boxes.add(new ElkLayout.Box(shape.getElement(), container ? LabelSize.width(element, concept) : shape.getWidth(),
						container ? concept.height() : shape.getHeight(), layer == 0 ? 0 : layer == 3 ? 2 : 1,
						parents.get(shape.getElement())));
			}
		}
		List<ElkLayout.Link> links = content.edges(false).stream().map(e -> new ElkLayout.Link(e.id(), e.source(), e.target())).toList();
		ElkLayout.Result result = ElkLayout.layout(boxes, links);
		Map<String, double[]> bounds = StoredRoutes.absolute(result.positions(), parents);
		List<Route> routes = new ArrayList<>();
		for (ElkLayout.Link link : links) {
			double[] points = result.routes().get(link.id());
			// an edge between a container and what it holds is left to the client's router: ELK takes it round the
			// container's inside, where its label lands on the container's name
			boolean nested = DiagramContent.inside(link.target(), link.source(), parents) || DiagramContent.inside(link.source(), link.target(), parents);
			if (points != null && !nested && bounds.containsKey(link.source()) && bounds.containsKey(link.target())) {
				Route route = StoredRoutes.route(link.id(), bounds.get(link.source()), bounds.get(link.target()), points);
				if (route != null) {
					routes.add(route);
				}
			}
		}
		return new Laid(result.positions(), routes);
	}

	private static void place(DiagramDocument document, DiagramKind kind, Diagram diagram) {
		Laid laid = layout(document, kind, diagram);
		Map<String, double[]> positions = laid.positions();
		diagram.getRoutes().addAll(laid.routes());
		for (Shape shape : diagram.getShapes()) {
			double[] p = positions.get(shape.getElement());
			if (p != null) {
				shape.setX(p[0]);
				shape.setY(p[1]);
				shape.setWidth(p[2]);
				shape.setHeight(p[3]);
			}
		}
	}
}
