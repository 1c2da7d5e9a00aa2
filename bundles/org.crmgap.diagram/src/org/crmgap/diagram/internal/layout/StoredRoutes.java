package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.diagram.notation.Route;
import org.crmgap.diagram.notation.Shape;

/**
 * The one rule for the edges' routes kept in the notation: a route is drawn only while its ends have the bounds it was
 * found for and no other node lies across it, so a moved, resized, hidden and shown again or reconnected end, or a node
 * dragged onto the route, simply falls back to the client's router.
 */
public final class StoredRoutes {

	/** Ends that moved less than this still fit (positions pass through JSON and back). */
	private static final double SLACK = 0.5;

	private StoredRoutes() {
	}

	/** Each shape's bounds {x, y, width, height} in the diagram's coordinates, by element id. */
	public static Map<String, double[]> bounds(Collection<Shape> shapes, Map<String, String> parents) {
		Map<String, double[]> relative = new HashMap<>();
		shapes.forEach(s -> relative.put(s.getElement(), new double[] { s.getX(), s.getY(), s.getWidth(), s.getHeight() }));
		return absolute(relative, parents);
	}

	/** Bounds relative to the parent's box made absolute. */
	static Map<String, double[]> absolute(Map<String, double[]> relative, Map<String, String> parents) {
		Map<String, double[]> absolute = new HashMap<>();
		relative.forEach((id, p) -> {
			double x = p[0], y = p[1];
			for (String up = parents.get(id); up != null && relative.containsKey(up); up = parents.get(up)) {
				x += relative.get(up)[0];
				y += relative.get(up)[1];
			}
			absolute.put(id, new double[] { x, y, p[2], p[3] });
		});
		return absolute;
	}

	/**
	 * A route from the source's border to the target's, or null when ELK's points do not meet both ends (an edge into a
	 * container's content can come back in coordinates that miss it; the client's router then draws it).
	 */
	static Route route(String edge, double[] source, double[] target, double[] points) {
		int last = points.length - 2;
		if (points.length < 4 || !touches(source, points[0], points[1]) || !touches(target, points[last], points[last + 1])) {
			return null;
		}
		Route route = NotationFactory.eINSTANCE.createRoute();
		route.setEdge(edge);
		for (double d : source) {
			route.getEnds().add(d);
		}
		for (double d : target) {
			route.getEnds().add(d);
		}
		for (double d : points) {
			route.getPoints().add(d);
		}
		return route;
	}

	/**
	 * The bend points {x1, y1, …} of the edge's first route that was found for its ends where they are now and that
	 * no node has since been put across; null when none fits (a merge of two re-laid-out versions can bring an edge
	 * two routes).
	 */
	public static double[] points(Collection<Route> routes, String source, String target, Obstacles nodes) {
		if (routes != null) {
			for (Route route : routes) {
				double[] points = points(route, nodes.bounds(source), nodes.bounds(target));
				if (points != null && !nodes.crossed(points, source, target)) {
					return points;
				}
			}
		}
		return null;
	}

	/** The route's bend points {x1, y1, …} when its ends are still where it was found for them; null otherwise. */
	static double[] points(Route route, double[] source, double[] target) {
		if (route == null || source == null || target == null || route.getEnds().size() != 8 || route.getPoints().size() % 2 != 0) {
			return null;
		}
		for (int i = 0; i < 4; i++) {
			if (Math.abs(route.getEnds().get(i) - source[i]) > SLACK || Math.abs(route.getEnds().get(4 + i) - target[i]) > SLACK) {
				return null;
			}
		}
		return route.getPoints().stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static boolean touches(double[] box, double x, double y) {
		return x >= box[0] - SLACK && x <= box[0] + box[2] + SLACK && y >= box[1] - SLACK && y <= box[1] + box[3] + SLACK;
	}

	/**
	 * The diagram's routes no edge can be drawn with any more: their edge is gone (an end hidden or deleted, a relation
	 * removed) or an end has moved or been resized since the route was found; and a second copy of a route (two versions
	 * that both ran Layout, merged). A route a node now lies across is kept: the node may move away again.
	 */
	public static List<Route> stale(DiagramContent content, Diagram diagram) {
		Map<String, DiagramContent.Edge> edges = new HashMap<>();
		content.edges(false).forEach(edge -> edges.put(edge.id(), edge));
		Map<String, double[]> bounds = bounds(diagram.getShapes(), content.parents(false));
		Set<String> kept = new HashSet<>();
		List<Route> stale = new ArrayList<>();
		for (Route route : diagram.getRoutes()) {
			DiagramContent.Edge edge = edges.get(route.getEdge());
			boolean fits = edge != null && points(route, bounds.get(edge.source()), bounds.get(edge.target())) != null;
			if (!fits || !kept.add(route.getEdge() + route.getEnds() + route.getPoints())) {
				stale.add(route);
			}
		}
		return stale;
	}

	/** Whether the two lists hold the same routes in the same order (edge, ends and points). */
	public static boolean same(List<Route> these, List<Route> those) {
		if (these.size() != those.size()) {
			return false;
		}
		for (int i = 0; i < these.size(); i++) {
			Route a = these.get(i), b = those.get(i);
			if (!a.getEdge().equals(b.getEdge()) || !a.getEnds().equals(b.getEnds()) || !a.getPoints().equals(b.getPoints())) {
				return false;
			}
		}
		return true;
	}

	/** The route and its ends moved by (dx, dy), with the shapes it was found for. */
	static void shift(Route route, double dx, double dy) {
		for (int i = 0; i < route.getPoints().size(); i++) {
			route.getPoints().set(i, route.getPoints().get(i) + (i % 2 == 0 ? dx : dy));
		}
		for (int i : new int[] { 0, 1, 4, 5 }) {
			route.getEnds().set(i, route.getEnds().get(i) + (i % 2 == 0 ? dx : dy));
		}
	}
}
