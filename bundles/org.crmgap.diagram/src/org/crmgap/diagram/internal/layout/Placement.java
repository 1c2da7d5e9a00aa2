package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A free place for a new shape near a preferred point: the nearest spot, on the 10 px grid, where the shape keeps a
 * margin from every shape already there (the shapes it is asked about are added, so several in a row do not overlap).
 */
final class Placement {

	private static final double MARGIN = 20;
	private static final double STEP = 10;
	private static final int RINGS = 400;

	private final List<double[]> taken = new ArrayList<>();

	void take(double x, double y, double width, double height) {
		taken.add(new double[] { x, y, width, height });
	}

	/** The top-left corner of the free spot nearest to (x, y) for a shape of this size; the spot is then taken. */
	double[] place(double x, double y, double width, double height) {
		double ox = Math.round(x / STEP) * STEP, oy = Math.round(y / STEP) * STEP;
		for (int ring = 0; ring < RINGS; ring++) {
			double[] best = null;
			double bestDistance = Double.MAX_VALUE;
			for (int[] p : border(ring)) {
				double cx = ox + p[0] * STEP, cy = oy + p[1] * STEP;
				double distance = Math.hypot(p[0], p[1]);
				if (distance < bestDistance && free(cx, cy, width, height)) {
					best = new double[] { cx, cy };
					bestDistance = distance;
				}
			}
			if (best != null) {
				take(best[0], best[1], width, height);
				return best;
			}
		}
		// a crowded area: below everything
		double bottom = taken.stream().mapToDouble(t -> t[1] + t[3]).max().orElse(0) + MARGIN;
		take(ox, bottom, width, height);
		return new double[] { ox, bottom };
	}

	/** The grid steps at exactly {@code ring} steps from the origin (the inside was tried before). */
	private static List<int[]> border(int ring) {
		List<int[]> points = new ArrayList<>();
		if (ring == 0) {
			points.add(new int[] { 0, 0 });
			return points;
		}
		for (int i = -ring; i <= ring; i++) {
			points.add(new int[] { i, -ring });
			points.add(new int[] { i, ring });
		}
		for (int j = -ring + 1; j < ring; j++) {
			points.add(new int[] { -ring, j });
			points.add(new int[] { ring, j });
		}
		return points;
	}

	private boolean free(double x, double y, double width, double height) {
		for (double[] t : taken) {
			if (x < t[0] + t[2] + MARGIN && t[0] < x + width + MARGIN && y < t[1] + t[3] + MARGIN && t[1] < y + height + MARGIN) {
				return false;
			}
		}
		return true;
	}
}
