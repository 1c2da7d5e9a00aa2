package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.diagram.style.Layer;
import org.crmgap.diagram.style.Relation;
import org.crmgap.model.Gap;
import org.eclipse.emf.ecore.EObject;

/**
 * What a diagram shows: the shapes whose element exists and whose layer is visible, and the edges between them. Nodes
 * are shown only when the notation has a shape for them (the user chooses); edges follow the model (synchronised):
 * a relation or gap is drawn whenever both ends are on the diagram.
 */
public final class DiagramContent {

	/** A reference edge ({@code relation} set) or a gap edge ({@code gap} set). */
	public record Edge(String id, String type, String source, String target, Relation relation, Gap gap) {
	}

	private static final String SEPARATOR = "~";

	private final DiagramDocument document;
	private final DiagramKind kind;
	private final Diagram diagram;

	public DiagramContent(DiagramDocument document, DiagramKind kind, Diagram diagram) {
		this.document = document;
		this.kind = kind;
		this.diagram = diagram;
	}

	public boolean visible(Layer layer) {
		return !diagram.getHiddenLayers().contains(layer.id());
	}

	/** Shapes shown, by element id, with their elements. */
	public Map<Shape, EObject> shapes(boolean respectLayers) {
		Map<Shape, EObject> shown = new LinkedHashMap<>();
		for (Shape shape : diagram.getShapes()) {
			EObject element = document.element(shape.getElement());
			Concept concept = element == null ? null : Concept.of(element.eClass()).orElse(null);
			if (concept != null && kind.concepts().contains(concept) && (!respectLayers || visible(concept.layer()))) {
				shown.put(shape, element);
			}
		}
		return shown;
	}

	public List<Edge> edges(boolean respectLayers) {
		Map<EObject, String> shown = new LinkedHashMap<>();
		shapes(respectLayers).forEach((shape, element) -> shown.put(element, shape.getElement()));
		List<Edge> edges = new ArrayList<>();
		for (Relation relation : kind.relations()) {
			if (kind.nested().contains(relation) || respectLayers && !visible(relation.layer())) {
				continue;
			}
			for (Map.Entry<EObject, String> source : shown.entrySet()) {
				if (!relation.source().isInstance(source.getKey())) {
					continue;
				}
				for (EObject target : targets(source.getKey(), relation)) {
					String targetId = shown.get(target);
					if (targetId != null) {
						edges.add(new Edge(relationEdgeId(relation, source.getValue(), targetId), relation.type(),
								source.getValue(), targetId, relation, null));
					}
				}
			}
		}
		if (kind.showsGaps() && (!respectLayers || visible(Layer.GAPS))) {
			for (Gap gap : document.model().getGaps()) {
				String source = gap.getReference() == null ? null : shown.get(gap.getReference());
				String target = gap.getActual() == null ? null : shown.get(gap.getActual());
				if (source != null && target != null && gap.getKind() != null) {
					edges.add(new Edge(document.id(gap), GapStyle.type(gap.getKind()), source, target, null, gap));
				}
			}
		}
		return edges;
	}

	/**
	 * The shape each nested shape is drawn in, by element id (for kinds that nest: a component in its unit's shape);
	 * shapes drawn on the diagram itself have no entry.
	 */
	public Map<String, String> parents(boolean respectLayers) {
		Map<String, String> parents = new java.util.HashMap<>();
		if (kind.nested().isEmpty()) {
			return parents;
		}
		Map<EObject, String> shown = new LinkedHashMap<>();
		shapes(respectLayers).forEach((shape, element) -> shown.put(element, shape.getElement()));
		shown.forEach((element, id) -> {
			String parent = shown.get(element.eContainer());
			if (parent != null && kind.nested().stream().anyMatch(r -> r.reference() == element.eContainmentFeature())) {
				parents.put(id, parent);
			}
		});
		return parents;
	}

	/** Whether the shape of {@code id} is drawn inside that of {@code container}, directly or deeper ({@link #parents}). */
	public static boolean inside(String id, String container, Map<String, String> parents) {
		for (String up = parents.get(id); up != null; up = parents.get(up)) {
			if (up.equals(container)) {
				return true;
			}
		}
		return false;
	}

	/** Where a shape is on the whole diagram: its position plus those of the shapes it is drawn in. */
	public double[] absolute(String elementId) {
		Map<String, String> parents = parents(false);
		double x = 0, y = 0;
		for (String id = elementId; id != null; id = parents.get(id)) {
			Shape shape = shape(id);
			if (shape == null) {
				break;
			}
			x += shape.getX();
			y += shape.getY();
		}
		return new double[] { x, y };
	}

	private Shape shape(String elementId) {
		for (Shape shape : diagram.getShapes()) {
			if (shape.getElement().equals(elementId)) {
				return shape;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	public static List<EObject> targets(EObject source, Relation relation) {
		Object value = source.eGet(relation.reference());
		if (value instanceof List<?> list) {
			return (List<EObject>) list;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	/** Relation edges have no element of their own: their id names the relation and both ends. */
	public static String relationEdgeId(Relation relation, String source, String target) {
		return relation.type() + SEPARATOR + source + SEPARATOR + target;
	}

	/** {relation type, source id, target id} of a relation edge id, or null for any other id. */
	public static String[] parseRelationEdgeId(String id) {
		String[] parts = id.split(SEPARATOR);
		return parts.length == 3 && Relation.ofType(parts[0]).isPresent() ? parts : null;
	}
}
