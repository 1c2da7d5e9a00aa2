package org.crmgap.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.ThresholdBand;
import org.crmgap.indicators.TrendPoint;
import org.crmgap.model.Severity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A gap's indicator across the waves: the value with its 95 % interval as error bars, each point in the colour of the
 * gap's severity in that wave (the report's badge colours), the gap's threshold bands behind them, and the start and due
 * days of the actions on the gap as vertical lines. On a time axis when every wave has a date, else on the waves' names (then without the action days).
 */
final class TrendChart {

	private static final double OPEN = 1e9;

	private TrendChart() {
	}

	static JFreeChart of(GapTrend trend) {
		boolean dated = trend.points().stream().allMatch(p -> p.date() != null);
		// kept in the waves' order (not sorted by x), so the severities below stay with their points
		YIntervalSeries series = new YIntervalSeries(trend.indicator() == null ? trend.gap() : trend.indicator(), false, true);
		List<Severity> severities = new ArrayList<>();
		for (int i = 0; i < trend.points().size(); i++) {
			TrendPoint p = trend.points().get(i);
			if (p.value() != null) {
				double x = dated ? millis(p.date()) : i;
				series.add(x, p.value(), p.ciLow() == null ? p.value() : p.ciLow(), p.ciHigh() == null ? p.value() : p.ciHigh());
				severities.add(p.severity());
			}
		}
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		data.addSeries(series);
		ValueAxis time = dated ? new DateAxis("wave") : new SymbolAxis("wave", trend.points().stream().map(TrendPoint::wave).toArray(String[]::new));
		NumberAxis value = new NumberAxis(trend.indicator());
		value.setRange(valueRange(trend));
		// the line and bars neutral, each point filled with its wave's severity
		XYErrorRenderer renderer = new XYErrorRenderer() {
			@Override
			public Paint getItemFillPaint(int row, int column) {
				return colour(severities.get(column));
			}
		};
		renderer.setUseFillPaint(true);
		renderer.setDrawOutlines(true);
		renderer.setSeriesPaint(0, Color.DARK_GRAY);
		renderer.setSeriesOutlinePaint(0, Color.DARK_GRAY);
		renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
		renderer.setDefaultLinesVisible(true);
		renderer.setErrorPaint(Color.GRAY);
		renderer.setDrawXError(false);
		XYPlot plot = new XYPlot(data, time, value, renderer);
		plot.setBackgroundPaint(new Color(248, 248, 248));
		trend.bands().forEach(b -> band(plot, b));
		if (!dated) {
			// the names of the bands right of the last wave's point
			time.setRange(-0.4, trend.points().size() - 1 + (trend.bands().isEmpty() ? 0.4 : 0.9));
		}
		if (dated) {
			time.setRange(span(trend));
			trend.actions().forEach(a -> {
				mark(plot, a.start(), a.action() + " starts", true);
				mark(plot, a.due(), a.action() + " due", false);
			});
		}
		JFreeChart chart = new JFreeChart(trend.gap(), new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** A gap's threshold band behind the points, in its severity's colour, named at its right edge. */
	private static void band(XYPlot plot, ThresholdBand band) {
		Color colour = colour(band.severity());
		// open ends reach past any value drawn: the plot clips the band to its axis
		IntervalMarker marker = new IntervalMarker(band.from() == null ? -OPEN : band.from(), band.to() == null ? OPEN : band.to(),
				new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 38));
		marker.setLabel(band.severity().getLiteral());
		marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		marker.setLabelPaint(colour.darker());
		marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
		marker.setLabelAnchor(RectangleAnchor.RIGHT);
		marker.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
		plot.addRangeMarker(marker, Layer.BACKGROUND);
	}

	/**
	 * The values with their intervals and the threshold next to them (the warning bands' edge nearest the values), so
	 * the reader sees how far a gap is from its next level; a flat or nearly flat trend on a readable scale (a fifth of
	 * the values' size at least), not ten ticks of 1.5E1 and a change in the third decimal drawn across the whole height.
	 */
	static org.jfree.data.Range valueRange(GapTrend trend) {
		List<Double> values = new ArrayList<>();
		trend.points().stream().filter(p -> p.value() != null).forEach(p -> {
			values.add(p.value());
			values.add(p.ciLow() == null ? p.value() : p.ciLow());
			values.add(p.ciHigh() == null ? p.value() : p.ciHigh());
		});
		if (values.isEmpty()) {
			return new org.jfree.data.Range(0, 1);
		}
		double mean = trend.points().stream().filter(p -> p.value() != null).mapToDouble(TrendPoint::value).average().orElseThrow();
		// one edge: a knowledge gap's band on the other side of 0 would squeeze the values into a corner
		trend.bands().stream().filter(b -> b.severity() == Severity.WARNING).flatMap(b -> java.util.stream.Stream.of(b.from(), b.to()))
				.filter(edge -> edge != null).min(java.util.Comparator.comparingDouble(edge -> Math.abs(edge - mean))).ifPresent(values::add);
		double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double largest = values.stream().mapToDouble(Math::abs).max().orElseThrow();
		double room = Math.max(Math.max(0.1, largest / 5) - (high - low), 0) / 2;
		double margin = (high - low + 2 * room) * 0.08;
		return new org.jfree.data.Range(low - room - margin, high + room + margin);
	}

	/** A dashed line on the day, its label on the {@code right} or left of it (a start near the left edge stays in view). */
	private static void mark(XYPlot plot, LocalDate day, String label, boolean right) {
		if (day == null) {
			return;
		}
		ValueMarker marker = new ValueMarker(millis(day), new Color(90, 90, 160),
				new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		marker.setLabel(label);
		marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_LEFT);
		marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
		plot.addDomainMarker(marker);
	}

	/**
	 * From the first to the last of the waves' and the actions' days, a twentieth wider on each side: every line drawn;
	 * with threshold bands a sixth wider on the right, where their names are written beside the last wave's point.
	 */
	private static org.jfree.data.Range span(GapTrend trend) {
		List<LocalDate> days = new ArrayList<>();
		trend.points().forEach(p -> days.add(p.date()));
		trend.actions().forEach(a -> {
			days.add(a.start());
			days.add(a.due());
		});
		double first = days.stream().filter(d -> d != null).mapToDouble(TrendChart::millis).min().orElseThrow();
		double last = days.stream().filter(d -> d != null).mapToDouble(TrendChart::millis).max().orElseThrow();
		double pad = Math.max((last - first) / 20, 86_400_000.0 * 7);
		double right = trend.bands().isEmpty() ? pad : Math.max(pad, (last - first) / 6);
		return new org.jfree.data.Range(first - pad, last + right);
	}

	private static double millis(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	/** The report's badge colour of a severity (its style sheet's .error, .warning, .ok; grey otherwise). */
	static Color colour(Severity severity) {
		return switch (severity) {
		case ERROR -> new Color(0xC6, 0x28, 0x28);
		case WARNING -> new Color(0xEF, 0x8F, 0x00);
		case OK -> new Color(0x2E, 0x7D, 0x32);
		default -> new Color(0x77, 0x77, 0x77);
		};
	}
}
