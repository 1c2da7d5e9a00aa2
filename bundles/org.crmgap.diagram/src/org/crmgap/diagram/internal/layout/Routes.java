package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;

/**
 * The edges' routes as ELK found them, around the nodes: the client's router alone draws an edge straight through
 * whatever lies between its ends (111 edges across nodes in the example's DIE overview).
 */
final class Routes {

	private Routes() {
	}

	/** An edge across a container's border comes in several sections, one after the other; empty when they do not chain. */
	private static List<ElkEdgeSection> inOrder(ElkEdge edge) {
		List<ElkEdgeSection> ordered = new ArrayList<>();
		ElkEdgeSection next = edge.getSections().stream().filter(s -> s.getIncomingSections().isEmpty()).findFirst().orElse(null);
		while (next != null && !ordered.contains(next)) {
			ordered.add(next);
			next = next.getOutgoingSections().isEmpty() ? null : next.getOutgoingSections().get(0);
		}
		return ordered.size() == edge.getSections().size() ? ordered : List.of();
	}

	/**
	 * Each edge's route by id: start, bend points and end, in the drawing's coordinates (ELK gives them relative to the
	 * edge's containing node).
	 */
	static Map<String, double[]> of(ElkNode root, double margin) {
		Map<String, double[]> routes = new HashMap<>();
		collect(root, new KVector(margin, margin), routes);
		return routes;
	}

	private static void collect(ElkNode graph, KVector origin, Map<String, double[]> routes) {
		for (ElkEdge edge : graph.getContainedEdges()) {
			List<ElkEdgeSection> sections = inOrder(edge);
			if (edge.getIdentifier() != null && !sections.isEmpty()) {
				// where ELK leaves the source and enters the target too: the client's router would otherwise pick its own
				// anchors, and its first and last legs could cross what ELK went around
				List<Double> points = new ArrayList<>();
				points.add(origin.x + sections.get(0).getStartX());
				points.add(origin.y + sections.get(0).getStartY());
				for (ElkEdgeSection section : sections) {
					for (ElkBendPoint bend : section.getBendPoints()) {
						points.add(origin.x + bend.getX());
						points.add(origin.y + bend.getY());
					}
					points.add(origin.x + section.getEndX());
					points.add(origin.y + section.getEndY());
				}
				routes.put(edge.getIdentifier(), points.stream().mapToDouble(Double::doubleValue).toArray());
			}
		}
		for (ElkNode child : graph.getChildren()) {
			if (!child.getChildren().isEmpty()) {
				collect(child, new KVector(origin.x + child.getX(), origin.y + child.getY()), routes);
			}
		}
	}

	/**
	 * Moves by {@code delta} the route points right of {@code fromX} (inside {@code region} {x, y, width, height}, or
	 * anywhere when null): what a widened box pushed aside, the routes follow.
	 */
	static void shift(Map<String, double[]> routes, double fromX, double[] region, double delta) {
		for (double[] points : routes.values()) {
			for (int i = 0; i + 1 < points.length; i += 2) {
				boolean inside = region == null || points[i] <= region[0] + region[2] + 0.5 && points[i + 1] >= region[1] - 0.5
						&& points[i + 1] <= region[1] + region[3] + 0.5;
				if (points[i] >= fromX - 0.5 && inside) {
					points[i] += delta;
				}
			}
		}
	}
}
