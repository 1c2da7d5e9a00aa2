package org.crmgap.diagram.internal.glsp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crmgap.diagram.GapStatus;
import org.crmgap.diagram.internal.figure.OpenActions;
import org.crmgap.diagram.internal.layout.LabelSize;
import org.crmgap.diagram.internal.layout.Obstacles;
import org.crmgap.diagram.internal.layout.StoredRoutes;
import org.crmgap.diagram.notation.Route;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.crmgap.indicators.GapKinds;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.NamedElement;
import org.crmgap.model.Severity;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/**
 * Builds the graph the client draws: nodes from the notation's shapes styled by the concept table, edges from the
 * model's references and gaps, gaps and the elements they touch coloured by the last analysis.
 */
public class GapGModelFactory implements GModelFactory {

	/** Label types the client knows. */
	public static final String NAME_LABEL = "label:name";
	/** A name label's id is its element's id and this. */
	public static final String NAME_SUFFIX = "_name";
	public static final String DETAIL_LABEL = "label:detail";
	/** A gap's label: it carries the badge of the open actions on the gap. */
	public static final String GAP_LABEL = "label:gap";
	/** Edges drawn orthogonally by the client's router (ELK lays the nodes out for orthogonal routes). */
	private static final String ROUTER = "manhattan";
	private static final String ROUTED = "polyline";
	/** The ascent of the name's 12 px and the detail's 11 px font, as the client measured it when it laid labels out. */
	private static final double NAME_ASCENT = 11.2;
	private static final double DETAIL_ASCENT = 10.2;

	@Inject
	protected GapModelState modelState;

	@Override
	public void createGModel() {
		modelState.document().read(() -> modelState.updateRoot(build()));
	}

	private GGraph build() {
		DiagramContent content = modelState.content();
		Map<String, GapStatus> statuses = modelState.document().statuses();
		List<DiagramContent.Edge> edges = content.edges(true);
		Map<String, Severity> touched = touchedSeverities(edges, statuses);
		List<GModelElement> children = new ArrayList<>();
		Map<String, GModelElement> nodes = new HashMap<>();
		content.shapes(true).forEach((shape, element) -> nodes.put(shape.getElement(), node(shape, element, touched.get(shape.getElement()))));
		Map<String, String> parents = content.parents(true);
		// in shape order, so the drawing order is stable; nested shapes go into their container's node
		content.shapes(true).keySet().forEach(shape -> {
			GModelElement node = nodes.get(shape.getElement());
			String parent = parents.get(shape.getElement());
			if (parent != null) {
				nodes.get(parent).getChildren().add(node);
			} else {
				children.add(node);
			}
		});
		Map<String, List<Route>> routes = new HashMap<>();
		modelState.diagram().getRoutes().forEach(route -> routes.computeIfAbsent(route.getEdge(), e -> new ArrayList<>()).add(route));
		Obstacles drawn = new Obstacles(StoredRoutes.bounds(content.shapes(true).keySet(), parents), parents);
		for (DiagramContent.Edge edge : edges) {
			GEdgeBuilder built = edge.gap() != null ? gapEdge(edge, statuses.get(edge.id())) : relationEdge(edge);
			double[] points = StoredRoutes.points(routes.get(edge.id()), edge.source(), edge.target(), drawn);
			if (points != null) {
				// ELK's route as it is, from where it leaves the source to where it enters the target (the Manhattan
				// router would choose its own anchors and legs, and those crossed nodes ELK went around)
				built.routerKind(ROUTED);
				for (int i = 0; i < points.length; i += 2) {
					built.addRoutingPoint(points[i], points[i + 1]);
				}
			}
			children.add(built.build());
		}
		return new GGraphBuilder().id("diagram:" + modelState.diagram().getId()).addCssClass("crmgap-diagram")
				.addArgument("hiddenLayers", String.join(",", modelState.diagram().getHiddenLayers())).addAll(children)
				.build();
	}

	private static Map<String, Severity> touchedSeverities(List<DiagramContent.Edge> edges, Map<String, GapStatus> statuses) {
		Map<String, Severity> worst = new HashMap<>();
		for (DiagramContent.Edge edge : edges) {
			GapStatus status = edge.gap() == null ? null : statuses.get(edge.id());
			if (status != null) {
				worst.merge(edge.source(), status.severity(), SeverityOrder::worse);
				worst.merge(edge.target(), status.severity(), SeverityOrder::worse);
			}
		}
		return worst;
	}

	private GModelElement node(Shape shape, EObject element, Severity severity) {
		Concept concept = Concept.of(element.eClass()).orElseThrow();
		String id = shape.getElement();
		GNodeBuilder node = new GNodeBuilder(concept.type()).id(id).position(shape.getX(), shape.getY())
				.size(shape.getWidth(), shape.getHeight())
				.addCssClass("concept").addCssClass("layer-" + concept.layer().id())
				.addArgument("shape", concept.shape().name().toLowerCase(Locale.ROOT)).addArgument("icon", concept.icon())
				.addArgument("fill", concept.fill()).addArgument("stroke", concept.stroke()).addArgument("name", name(element))
				// fixed places (the top of the text; the baseline an ascent lower): the name beside the glyph, the concept below it
				.add(new GLabelBuilder(NAME_LABEL).id(id + NAME_SUFFIX).text(shownName(name(element), shape.getWidth()))
						.position(30, 22).alignment(0, NAME_ASCENT).build())
				.add(new GLabelBuilder(DETAIL_LABEL).id(id + "_detail").text(detail(element, concept, shape.getWidth()))
						.position(30, 38).alignment(0, DETAIL_ASCENT).build());
		if (severity != null) {
			node.addCssClass("severity-" + severity.getLiteral()).addArgument("severity", severity.getLiteral());
		}
		return node.build();
	}

	/**
	 * The attributes the style table shows for the concept ("friend, social" for a segment), or the concept's name
	 * when none is set (the outline and glyph already tell the concept).
	 */
	public static String detail(EObject element, Concept concept, double nodeWidth) {
		StringBuilder text = new StringBuilder();
		String separator = "";
		for (EAttribute attribute : concept.shown()) {
			if (element.eIsSet(attribute)) {
				Object value = element.eGet(attribute);
				text.append(separator).append(value instanceof Enumerator e ? e.getLiteral()
						: value instanceof Double d ? String.format(Locale.ROOT, "%s", d % 1 == 0 ? String.valueOf(d.longValue()) : d) : value);
				separator = ", ";
			}
		}
		if (text.isEmpty()) {
			text.append(concept.label());
		}
		int max = Math.max(4, (int) ((nodeWidth - 36) / 5.6)); // 10px text
		return text.length() <= max ? text.toString() : text.substring(0, max - 1) + "\u2026";
	}

	private static String name(EObject element) {
		String name = element instanceof NamedElement named ? named.getName() : null;
		return name == null || name.isBlank() ? "(unnamed)" : name;
	}

	/** The name as a node of this width shows it: shortened to about the room beside the glyph, … marking the cut. */
	static String shownName(String text, double nodeWidth) {
		return cut(text, Math.max(4, (int) ((nodeWidth - 36) / 6.6))); // 12px text is about 6.6px per character
	}

	/** The text in at most {@code max} characters, "…" marking a cut (the one rule for names, details and the figure's tags). */
	public static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026";
	}

	/**
	 * A relation's name is an argument, not a label: the client draws it only on the edge under the mouse or selected, and
	 * a label element per edge was most of a big diagram's model and page.
	 */
	private GEdgeBuilder relationEdge(DiagramContent.Edge edge) {
		return new GEdgeBuilder(edge.type()).id(edge.id()).sourceId(edge.source()).targetId(edge.target()).routerKind(ROUTER)
				.addCssClass("relation").addCssClass("layer-" + edge.relation().layer().id()).addArgument("label", edge.relation().label());
	}

	private GEdgeBuilder gapEdge(DiagramContent.Edge edge, GapStatus status) {
		String severity = status == null ? Severity.UNKNOWN.getLiteral() : status.severity().getLiteral();
		String text = GapKinds.title(edge.gap().getKind());
		if (status != null && status.value() != null) {
			text += String.format(Locale.ROOT, " %+.2f", status.value());
		}
		return new GEdgeBuilder(edge.type()).id(edge.id()).sourceId(edge.source()).targetId(edge.target()).routerKind(ROUTER)
				.addCssClass("gap").addCssClass("severity-" + severity).addArgument("severity", severity)
				.add(gapLabel(edge, text, severity));
	}

	/** The label's text, box and alignment (no client layout: the server sizes labels, see GapDiagramConfiguration). */
	private static GLabelBuilder sized(GLabelBuilder label, String text) {
		double[] box = LabelSize.gapLabel(text);
		return label.text(text).size(box[0], box[1]).alignment(box[2], box[3]);
	}

	/** The gap's kind and value, with a badge for the open actions on it (see {@link OpenActions}). */
	private GLabel gapLabel(DiagramContent.Edge edge, String text, String severity) {
		GLabel label = sized(new GLabelBuilder(GAP_LABEL), text).id(edge.id() + "_label").addCssClass("gap-label")
				.addCssClass("severity-" + severity)
				.edgePlacement(new GEdgePlacementBuilder().side("on").position(0.5).rotate(false).build()).build();
		OpenActions.of(modelState.document().model(), List.of(edge.gap()), LocalDate.now()).addTo(label);
		return label;
	}
}
