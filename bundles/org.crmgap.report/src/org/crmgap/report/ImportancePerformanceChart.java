package org.crmgap.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crmgap.indicators.ImportancePerformance.Grid;
import org.crmgap.indicators.ImportancePerformance.Point;
import org.crmgap.indicators.ImportancePerformance.Quadrant;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The textbook importance–performance chart: each dimension by its share of importance (across) and customer gap (up),
 * the two means as a cross, the quadrants named in their corners, each quadrant in its own colour and shape (the
 * Okabe–Ito colours, told apart with colour-blindness too), the dimensions' names moved apart where they would overlap.
 */
final class ImportancePerformanceChart {

	static final Map<Quadrant, Color> COLOURS = new EnumMap<>(Map.of(Quadrant.CONCENTRATE_HERE, OkabeIto.VERMILLION,
			Quadrant.KEEP_UP_THE_GOOD_WORK, OkabeIto.BLUISH_GREEN, Quadrant.LOW_PRIORITY, OkabeIto.ORANGE, Quadrant.POSSIBLE_OVERKILL,
			OkabeIto.SKY_BLUE));

	private ImportancePerformanceChart() {
	}

	static JFreeChart of(Grid grid) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (Quadrant q : Quadrant.values()) {
			XYSeries series = new XYSeries(q.label());
			grid.points().stream().filter(p -> p.quadrant() == q).forEach(p -> series.add(p.importance(), p.gap()));
			data.addSeries(series);
		}
		double[] x = range(grid.points().stream().mapToDouble(Point::importance).toArray(), grid.meanImportance(), 0);
		double[] y = range(grid.points().stream().mapToDouble(Point::gap).toArray(), grid.meanGap(), Double.NaN);
		NumberAxis importance = new NumberAxis("share of importance");
		importance.setRange(x[0], x[1]);
		NumberAxis gap = new NumberAxis("customer gap P − E (scale points; higher is better)");
		gap.setRange(y[0], y[1]);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		for (Quadrant q : Quadrant.values()) {
			renderer.setSeriesPaint(q.ordinal(), COLOURS.get(q));
		}
		XYPlot plot = new XYPlot(data, importance, gap, renderer);
		plot.setBackgroundPaint(new Color(248, 248, 248));
		BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 4f }, 0f);
		plot.addDomainMarker(new ValueMarker(grid.meanImportance(), Color.DARK_GRAY, dashed));
		plot.addRangeMarker(new ValueMarker(grid.meanGap(), Color.DARK_GRAY, dashed));
		Font corner = new Font(Font.SANS_SERIF, Font.ITALIC, 12);
		corner(plot, Quadrant.CONCENTRATE_HERE, x[1], y[0], TextAnchor.BOTTOM_RIGHT, corner);
		corner(plot, Quadrant.KEEP_UP_THE_GOOD_WORK, x[1], y[1], TextAnchor.TOP_RIGHT, corner);
		corner(plot, Quadrant.LOW_PRIORITY, x[0], y[0], TextAnchor.BOTTOM_LEFT, corner);
		corner(plot, Quadrant.POSSIBLE_OVERKILL, x[0], y[1], TextAnchor.TOP_LEFT, corner);
		labels(plot, grid.points(), (x[1] - x[0]) * 0.2, (y[1] - y[0]) * 0.06);
		JFreeChart chart = new JFreeChart("Importance–performance (all respondents)", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** From the smallest to the largest value with some room, the mean inside; {@code floor}: a lower bound (NaN: none). */
	private static double[] range(double[] values, double mean, double floor) {
		double low = mean;
		double high = mean;
		for (double v : values) {
			low = Math.min(low, v);
			high = Math.max(high, v);
		}
		double pad = Math.max((high - low) * 0.25, 0.05);
		return new double[] { Double.isNaN(floor) ? low - pad : Math.max(floor, low - pad), high + pad };
	}

	private static void corner(XYPlot plot, Quadrant q, double x, double y, TextAnchor anchor, Font font) {
		XYTextAnnotation name = new XYTextAnnotation(q.label(), x, y);
		name.setFont(font);
		name.setPaint(COLOURS.get(q).darker());
		name.setTextAnchor(anchor);
		plot.addAnnotation(name);
	}

	/**
	 * Each dimension's name right of its point; going up the chart, a name less than {@code width} across and {@code gap}
	 * up from one below it (each in its axis's units: a name's length, a line's height) moves up, so no two overlap.
	 */
	private static void labels(XYPlot plot, List<Point> points, double width, double gap) {
		List<Point> sorted = new ArrayList<>(points);
		sorted.sort(Comparator.comparingDouble(Point::gap));
		List<double[]> placed = new ArrayList<>();
		for (Point p : sorted) {
			double y = p.gap();
			for (double[] other : placed) {
				if (Math.abs(other[0] - p.importance()) < width && Math.abs(other[1] - y) < gap) {
					y = other[1] + gap;
				}
			}
			placed.add(new double[] { p.importance(), y });
			XYTextAnnotation name = new XYTextAnnotation("  " + p.dimension(), p.importance(), y);
			name.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
			name.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
			plot.addAnnotation(name);
		}
	}
}
