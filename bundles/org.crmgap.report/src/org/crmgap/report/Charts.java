package org.crmgap.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;

import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.ImportancePerformance;
import org.crmgap.indicators.Indicator;
import org.crmgap.indicators.ServqualResult;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** The gap charts, built with JFreeChart: the report draws them as inline SVG, the workbench as images. */
public final class Charts {

	private static final int WIDTH = 760;
	private static final int HEIGHT = 380;

	private Charts() {
	}

	/** Customer gap per dimension and segment with its 95 % confidence interval as error bars. */
	public static JFreeChart dimensionGaps(ServqualResult survey) {
		DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
		for (ServqualResult.Group group : survey.groups()) {
			for (ServqualResult.Dimension d : group.dimensions()) {
				Number half = d.ciLow() == null || d.gap() == null ? null : d.gap() - d.ciLow();
				data.add((Number) d.gap(), half, group.segment(), d.name());
			}
		}
		JFreeChart chart = ChartFactory.createLineChart("Customer gap (P − E) per dimension, 95 % confidence interval",
				"dimension", "gap (scale points)", data, PlotOrientation.VERTICAL, true, false, false);
		CategoryPlot plot = chart.getCategoryPlot();
		StatisticalBarRenderer renderer = new StatisticalBarRenderer();
		renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
		renderer.setDrawBarOutline(false);
		plot.setRenderer(renderer);
		return styled(chart);
	}

	/** The zone of tolerance per dimension with perceived service in it (see {@link ZoneOfToleranceChart}). */
	public static JFreeChart zoneOfTolerance(ServqualResult.Group all) {
		return ZoneOfToleranceChart.of(all);
	}

	/** The importance–performance chart of the dimensions (see {@link ImportancePerformanceChart}). */
	public static JFreeChart importancePerformance(GapModel model, ServqualResult.Group all) {
		return ImportancePerformanceChart.of(ImportancePerformance.of(model, all));
	}

	/** DIE readiness: the mean component shortfall of each organisation unit. */
	public static JFreeChart readinessPerUnit(List<Indicator> indicators) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		indicators.stream().filter(i -> i.kind() == GapKind.COMPONENT_READINESS && i.name().equals("unit shortfall"))
				.forEach(i -> data.addValue(i.value(), "required − assessed", i.element()));
		JFreeChart chart = ChartFactory.createBarChart("CRM readiness shortfall per organisation unit", "unit",
				"shortfall (levels)", data, PlotOrientation.HORIZONTAL, false, false, false);
		return styled(chart);
	}

	/** The series' colours, in this order (see {@link OkabeIto}). */
	static final Paint[] SERIES = { OkabeIto.BLUE, OkabeIto.VERMILLION, OkabeIto.BLUISH_GREEN, OkabeIto.ORANGE, OkabeIto.SKY_BLUE,
		OkabeIto.REDDISH_PURPLE, OkabeIto.YELLOW };

	private static JFreeChart styled(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.getPlot().setBackgroundPaint(new Color(248, 248, 248));
		chart.getPlot().setDrawingSupplier(new DefaultDrawingSupplier(SERIES, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		return chart;
	}

	/** A gap's indicator across the waves (see {@link TrendChart}). */
	public static JFreeChart trend(GapTrend trend) {
		return TrendChart.of(trend);
	}

	/** The chart as an inline SVG element. */
	public static String svg(JFreeChart chart) {
		return svg(chart, WIDTH, HEIGHT);
	}

	/** The chart as an inline SVG element of this size. */
	static String svg(JFreeChart chart, int width, int height) {
		SVGGraphics2D g = new SVGGraphics2D(width, height);
		chart.draw(g, new Rectangle(0, 0, width, height));
		return g.getSVGElement();
	}

	/** The chart as PNG bytes of the given size (for the workbench, which draws images). */
	public static byte[] png(JFreeChart chart, int width, int height) throws java.io.IOException {
		java.awt.image.BufferedImage image = chart.createBufferedImage(width, height);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}
}
