package org.crmgap.report;

import java.util.List;
import java.util.stream.Collectors;

import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.indicators.TrendPoint;

/** The report's "Gaps across the waves": a trend chart per gap measured in two waves or more, its values as a caption. */
final class TrendsSection {

	private static final int WIDTH = 560;
	private static final int HEIGHT = 260;

	private TrendsSection() {
	}

	static void append(StringBuilder html, List<GapTrend> trends) {
		html.append("<section id=\"trends\"><h2>Gaps across the waves</h2>\n");
		List<GapTrend> shown = trends.stream().filter(t -> t.measured() >= 2).toList();
		if (shown.isEmpty()) {
			html.append(trends.isEmpty() ? "<p>The model has fewer than two measurement waves.</p>"
					: "<p>No gap was measured in two waves.</p>").append("</section>\n");
			return;
		}
		html.append("<p>Each gap's indicator per wave with its 95 % confidence interval where one is computed, coloured by the ")
				.append("gap's severity in that wave; shaded bands show the values past the gap's warning and error thresholds; ")
				.append("dashed lines mark when the actions on the gap start and are due.</p>\n");
		for (GapTrend trend : shown) {
			html.append("<figure class=\"trend\">").append(Charts.svg(TrendChart.of(trend), WIDTH, HEIGHT)).append("<figcaption>")
					.append(Html.text(trend.gap())).append(": ").append(caption(trend.points())).append("</figcaption></figure>\n");
		}
		html.append("</section>\n");
	}

	private static String caption(List<TrendPoint> points) {
		return points.stream().map(p -> Html.text(p.wave()) + " " + Html.num(p.value())
				+ (p.value() == null ? " (not measured)" : " (" + SeverityOrder.label(p.severity()) + ")")).collect(Collectors.joining(" → "));
	}
}
