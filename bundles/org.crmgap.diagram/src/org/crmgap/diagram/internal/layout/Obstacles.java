package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.internal.glsp.DiagramContent;

/**
 * The nodes where they are now, to tell whether a stored route still goes around them: a node dragged onto other
 * edges' routes would otherwise lie over those edges until the next layout. Indexed in a grid, so a diagram of
 * thousands of nodes checks each leg against the few nodes near it.
 */
public final class Obstacles {

	private static final double CELL = 256;
	/** A leg along a node's border, or ending on it, does not cross it. */
	private static final double EDGE = 1;

	private final Map<String, double[]> bounds;
	private final Map<String, String> parents;
	private final Map<Long, List<String>> cells = new HashMap<>();

	/** {@code bounds}: each node's {x, y, width, height} in the diagram's coordinates; {@code parents}: its container. */
	public Obstacles(Map<String, double[]> bounds, Map<String, String> parents) {
		this.bounds = bounds;
		this.parents = parents;
		bounds.forEach((id, box) -> {
			for (long cx = cell(box[0]); cx <= cell(box[0] + box[2]); cx++) {
				for (long cy = cell(box[1]); cy <= cell(box[1] + box[3]); cy++) {
					cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(id);
				}
			}
		});
	}

	/** The node's {x, y, width, height}; null for a node not drawn. */
	public double[] bounds(String id) {
		return bounds.get(id);
	}

	/**
	 * Whether a leg of {@code points} {x1, y1, …} crosses the inside of a node other than the edge's ends and the
	 * containers holding them. ELK's legs are axis-parallel, so a leg is its bounding box.
	 */
	public boolean crossed(double[] points, String source, String target) {
		for (int i = 2; i + 1 < points.length; i += 2) {
			double minX = Math.min(points[i - 2], points[i]), maxX = Math.max(points[i - 2], points[i]);
			double minY = Math.min(points[i - 1], points[i + 1]), maxY = Math.max(points[i - 1], points[i + 1]);
			for (long cx = cell(minX); cx <= cell(maxX); cx++) {
				for (long cy = cell(minY); cy <= cell(maxY); cy++) {
					for (String id : cells.getOrDefault(key(cx, cy), List.of())) {
						double[] box = bounds.get(id);
						boolean inside = maxX > box[0] + EDGE && minX < box[0] + box[2] - EDGE && maxY > box[1] + EDGE
								&& minY < box[1] + box[3] - EDGE;
						if (inside && !holds(id, source) && !holds(id, target)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/** The node itself or a container around it. */
	private boolean holds(String box, String id) {
		return box.equals(id) || DiagramContent.inside(id, box, parents);
	}

	private static long cell(double coordinate) {
		return (long) Math.floor(coordinate / CELL);
	}

	private static long key(long cx, long cy) {
		return cx << 32 ^ cy & 0xffffffffL;
	}
}
