package org.crmgap.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crmgap.indicators.ServqualResult;
import org.crmgap.indicators.ServqualResult.Zone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The zone of tolerance as the literature draws it: per dimension a band from the adequate level (A, at 0) up to the
 * desired level (D, at MSA − MSS), and perceived service as a point at MSA, in the colour of where it lies (below,
 * inside, above the zone: Okabe–Ito vermillion, bluish green, blue), its position written beside it.
 */
final class ZoneOfToleranceChart {

	static final Map<Zone, Color> COLOURS = new EnumMap<>(Map.of(Zone.BELOW, OkabeIto.VERMILLION, Zone.INSIDE, OkabeIto.BLUISH_GREEN,
			Zone.ABOVE, OkabeIto.BLUE));

	private ZoneOfToleranceChart() {
	}

	static JFreeChart of(ServqualResult.Group group) {
		List<ServqualResult.Dimension> dimensions = group.dimensions().stream().filter(d -> d.zone() != null).toList();
		String[] names = dimensions.stream().map(ServqualResult.Dimension::name).toArray(String[]::new);
		Number[][] low = { dimensions.stream().map(d -> 0.0).toArray(Number[]::new) };
		Number[][] high = { dimensions.stream().map(d -> d.msa() - d.mss()).toArray(Number[]::new) };
		DefaultIntervalCategoryDataset zone = new DefaultIntervalCategoryDataset(new String[] { "zone of tolerance (A to D)" }, names, low, high);
		DefaultCategoryDataset perceived = new DefaultCategoryDataset();
		dimensions.forEach(d -> perceived.addValue(d.msa(), "perceived service (P)", d.name()));
		IntervalBarRenderer band = new IntervalBarRenderer();
		band.setSeriesPaint(0, new Color(0xC8, 0xE6, 0xD8));
		band.setDrawBarOutline(false);
		band.setBarPainter(new StandardBarPainter());
		band.setShadowVisible(false);
		LineAndShapeRenderer points = new LineAndShapeRenderer(false, true) {
			@Override
			public Paint getItemPaint(int row, int column) {
				return COLOURS.get(dimensions.get(column).zone());
			}
		};
		points.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
		points.setSeriesPaint(0, COLOURS.get(Zone.INSIDE));
		points.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
			@Override
			public String generateRowLabel(org.jfree.data.category.CategoryDataset dataset, int row) {
				return null;
			}

			@Override
			public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
				return null;
			}

			@Override
			public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
				return "  " + dimensions.get(column).zone().label();
			}
		});
		points.setDefaultItemLabelsVisible(true);
		points.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		NumberAxis scale = new NumberAxis("scale points above the adequate level (A = 0)");
		// room for the position written under a point below the zone
		scale.setLowerMargin(0.15);
		scale.setUpperMargin(0.1);
		CategoryPlot plot = new CategoryPlot(zone, new CategoryAxis("dimension"), scale, band);
		plot.setDataset(1, perceived);
		plot.setRenderer(1, points);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.setBackgroundPaint(new Color(248, 248, 248));
		String who = "all".equals(group.segment()) ? "all respondents" : group.segment();
		JFreeChart chart = new JFreeChart("Zone of tolerance (" + who + ")", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}
}
