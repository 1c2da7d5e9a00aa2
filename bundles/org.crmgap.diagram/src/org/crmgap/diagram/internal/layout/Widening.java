package org.crmgap.diagram.internal.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crmgap.diagram.internal.layout.ElkLayout.Box;

/**
 * ELK sizes a container around its content and does not keep it as wide as its name: such a container is widened and
 * what lies right of it (and, up the containers it is in, the same) moved by as much, so nothing overlaps; the edges'
 * routes there move with it, so they still meet their ends.
 */
final class Widening {

	private final List<Box> boxes;
	private final Map<String, double[]> positions;
	private final Map<String, double[]> routes;
	private final Map<String, Box> byId = new HashMap<>();

	private Widening(List<Box> boxes, Map<String, double[]> positions, Map<String, double[]> routes) {
		this.boxes = boxes;
		this.positions = positions;
		this.routes = routes;
		boxes.forEach(b -> byId.put(b.id(), b));
	}

	/** Positions relative to the parent's box, routes in the diagram's coordinates; both changed in place. */
	static void apply(List<Box> boxes, Map<String, double[]> positions, Map<String, double[]> routes) {
		Widening widening = new Widening(boxes, positions, routes);
		for (Box box : boxes) {
			double[] p = positions.get(box.id());
			if (p != null && p[2] < box.width()) {
				widening.widen(box, box.width() - p[2]);
			}
		}
	}

	private void widen(Box box, double delta) {
		double[] p = positions.get(box.id());
		double right = p[0] + p[2];
		Box parent = box.parent() == null ? null : byId.get(box.parent());
		boolean placedParent = parent != null && positions.containsKey(parent.id());
		Routes.shift(routes, absoluteX(box.id()) + p[2], placedParent ? absolute(parent.id()) : null, delta);
		p[2] += delta;
		for (Box other : boxes) {
			double[] q = positions.get(other.id());
			if (other != box && q != null && Objects.equals(other.parent(), box.parent()) && q[0] >= right - 0.5) {
				q[0] += delta;
			}
		}
		if (placedParent) {
			widen(parent, delta);
		}
	}

	private double absoluteX(String id) {
		return absolute(id)[0];
	}

	/** The box's bounds {x, y, width, height} in the diagram's coordinates. */
	private double[] absolute(String id) {
		double[] p = positions.get(id);
		double x = p[0], y = p[1];
		for (Box up = byId.get(byId.get(id).parent()); up != null && positions.containsKey(up.id()); up = byId.get(up.parent())) {
			x += positions.get(up.id())[0];
			y += positions.get(up.id())[1];
		}
		return new double[] { x, y, p[2], p[3] };
	}
}
