package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapModel;

/**
 * Importance–performance analysis (Martilla and James) of the service dimensions: each dimension's share of the
 * importance the model's expectations give it against its customer gap (P − E, the performance: higher is better),
 * split by the two means into the textbook's four quadrants.
 */
public final class ImportancePerformance {

	/** The quadrants, named as in the literature. */
	public enum Quadrant {
		CONCENTRATE_HERE("Concentrate here"), KEEP_UP_THE_GOOD_WORK("Keep up the good work"), LOW_PRIORITY("Low priority"),
		POSSIBLE_OVERKILL("Possible overkill");

		private final String label;

		Quadrant(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Above the mean importance (strictly) and below the mean gap (strictly) is to concentrate on; ties go to the calmer side. */
		static Quadrant of(double importance, double gap, double meanImportance, double meanGap) {
			boolean important = importance > meanImportance;
			boolean behind = gap < meanGap;
			return important ? behind ? CONCENTRATE_HERE : KEEP_UP_THE_GOOD_WORK : behind ? LOW_PRIORITY : POSSIBLE_OVERKILL;
		}
	}

	/** A dimension's importance share, customer gap and quadrant. */
	public record Point(String dimension, double importance, double gap, Quadrant quadrant) {
	}

	/** The dimensions with a gap, and the two means that draw the cross. */
	public record Grid(List<Point> points, double meanImportance, double meanGap) {
	}

	private ImportancePerformance() {
	}

	/**
	 * The grid of one group of respondents' dimension gaps; a dimension no expectation weighs has importance 0, and
	 * without any importance all shares are 0. Dimensions without a gap are left out.
	 */
	public static Grid of(GapModel model, ServqualResult.Group group) {
		Map<String, Double> importance = new LinkedHashMap<>();
		double total = 0;
		for (CustomerSegment segment : model.getSegments()) {
			for (Expectation e : segment.getExpectations()) {
				if (e.getDimension() != null) {
					importance.merge(e.getDimension().getName(), e.getImportance(), Double::sum);
					total += e.getImportance();
				}
			}
		}
		List<double[]> values = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (ServqualResult.Dimension d : group.dimensions()) {
			if (d.gap() != null && Double.isFinite(d.gap())) {
				names.add(d.name());
				values.add(new double[] { total == 0 ? 0 : importance.getOrDefault(d.name(), 0.0) / total, d.gap() });
			}
		}
		double meanImportance = values.stream().mapToDouble(v -> v[0]).average().orElse(0);
		double meanGap = values.stream().mapToDouble(v -> v[1]).average().orElse(0);
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			double[] v = values.get(i);
			points.add(new Point(names.get(i), v[0], v[1], Quadrant.of(v[0], v[1], meanImportance, meanGap)));
		}
		return new Grid(List.copyOf(points), meanImportance, meanGap);
	}
}
