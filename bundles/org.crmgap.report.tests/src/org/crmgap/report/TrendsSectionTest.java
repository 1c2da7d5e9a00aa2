package org.crmgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.ThresholdBand;
import org.crmgap.indicators.TrendPoint;
import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report's trend charts: what a reader sees of each gap across the waves, names escaped. */
class TrendsSectionTest {

	private static final LocalDate MARCH_2025 = LocalDate.parse("2025-03-01");

	private static TrendPoint point(String wave, LocalDate date, Double value, Severity severity) {
		return new TrendPoint(wave, date, value, value == null ? null : value - 0.1, value == null ? null : value + 0.1, 20, severity);
	}

	private static GapTrend queue(LocalDate first) {
		return new GapTrend("g1", "Queue <delivery>", GapKind.DELIVERY, "compliance",
				List.of(point("2025", first, 0.5, Severity.ERROR), point("2026", LocalDate.parse("2026-03-01"), 0.9, Severity.OK),
						point("2027", LocalDate.parse("2027-03-01"), null, Severity.UNKNOWN)),
				List.of(new GapTrend.Mark("Fast & lane", LocalDate.parse("2025-06-01"), LocalDate.parse("2025-12-31"))), null,
				List.of(new ThresholdBand(Severity.WARNING, 0.75, 0.9), new ThresholdBand(Severity.ERROR, null, 0.75)));
	}

	private static String render(List<GapTrend> trends) {
		StringBuilder html = new StringBuilder();
		TrendsSection.append(html, trends);
		return html.toString();
	}

	@Test
	void aChartPerGapMeasuredTwiceColouredBySeverityWithTheActionDays() throws Exception {
		GapTrend once = new GapTrend("g2", "Reliability", GapKind.CUSTOMER, "P - E",
				List.of(point("2025", MARCH_2025, -0.4, Severity.WARNING), point("2026", LocalDate.parse("2026-03-01"), null, Severity.UNKNOWN)),
				List.of(), null, List.of());
		String html = render(List.of(queue(MARCH_2025), once));
		assertEquals(1, html.split("<figure class=\"trend\">", -1).length - 1, "only the gap measured in two waves");
		assertTrue(html.contains("<figcaption>Queue &lt;delivery&gt;: 2025 0.500 (error) → 2026 0.900 (ok) → 2027 – (not measured)"
				+ "</figcaption>"), html);
		Document svg = svg(html);
		String text = texts(svg);
		assertTrue(text.contains("Fast & lane starts") && text.contains("Fast & lane due"), text);
		assertTrue(text.contains("Queue <delivery>"), "the title, escaped in the markup: " + text);
		// the points (opaque): an error and an ok one, no warning point; the bands behind them are translucent
		assertTrue(html.contains("fill:rgb(198,40,40);stroke:none") && html.contains("fill:rgb(46,125,50);stroke:none"),
				"error and ok points drawn");
		assertFalse(html.contains("fill:rgb(239,143,0);stroke:none"), "no warning point");
		assertTrue(html.contains("fill:rgb(239,143,0);fill-opacity:"), "the warning band");
	}

	@Test
	void anActionDueAfterTheLastWaveStillHasItsLine() throws Exception {
		GapTrend late = new GapTrend("g1", "Queue", GapKind.DELIVERY, "compliance",
				List.of(point("2025", MARCH_2025, 0.5, Severity.ERROR), point("2026", LocalDate.parse("2026-03-01"), 0.9, Severity.OK)),
				List.of(new GapTrend.Mark("Named advisers", LocalDate.parse("2025-09-01"), LocalDate.parse("2026-06-30"))), null, List.of());
		String text = texts(svg(render(List.of(late))));
		assertTrue(text.contains("Named advisers due"), "the due day after the last wave is on the axis: " + text);
	}

	@Test
	void aFlatTrendHasAReadableScale() throws Exception {
		GapTrend flat = new GapTrend("g1", "Policy", GapKind.POLICY, "target shortfall (s)",
				List.of(new TrendPoint("2025", MARCH_2025, 15.0, null, null, 1, Severity.ERROR),
						new TrendPoint("2026", LocalDate.parse("2026-03-01"), 15.0, null, null, 1, Severity.ERROR)),
				List.of(), null, List.of());
		List<String> ticks = java.util.Arrays.stream(texts(svg(render(List.of(flat)))).split("\\|"))
				.filter(t -> t.matches("[0-9.E-]+") && !t.matches(".*20[0-9][0-9].*")).toList();
		assertEquals(ticks.stream().distinct().toList(), ticks, "each tick of the value axis says another value");
		assertTrue(ticks.size() >= 3, ticks.toString());
	}

	@Test
	void theThresholdBandsAreDrawnAndTheNearestIsInView() throws Exception {
		String text = texts(svg(render(List.of(queue(MARCH_2025)))));
		assertTrue(text.contains("|warning|") && text.contains("|error|"), "both bands named: " + text);
		// a customer gap of -0.3 ± 0.1 in both waves, warning from -0.5: the axis reaches the warning edge, not the error
		// band; by hand: values -0.4 .. -0.2 and -0.5 give -0.5 .. -0.2, 8 % of 0.3 (0.024) on each side
		GapTrend near = new GapTrend("g2", "Reliability", GapKind.CUSTOMER, "P - E",
				List.of(point("2025", MARCH_2025, -0.3, Severity.OK), point("2026", LocalDate.parse("2026-03-01"), -0.3, Severity.OK)),
				List.of(), null, List.of(new ThresholdBand(Severity.WARNING, -1.0, -0.5), new ThresholdBand(Severity.ERROR, null, -1.0)));
		org.jfree.data.Range range = TrendChart.valueRange(near);
		assertEquals(-0.524, range.getLowerBound(), 1e-12);
		assertEquals(-0.176, range.getUpperBound(), 1e-12);
		// a knowledge gap of -0.8 ± 0.1 (bad either way): only the nearest edge, -1, not the band above 0; values
		// -0.9 .. -0.7 and -1 give -1 .. -0.7, 8 % of 0.3 on each side
		GapTrend knowledge = new GapTrend("g3", "Knowledge", GapKind.KNOWLEDGE, "knowledge gap",
				List.of(point("2025", MARCH_2025, -0.8, Severity.WARNING), point("2026", LocalDate.parse("2026-03-01"), -0.8, Severity.WARNING)),
				List.of(), null, List.of(new ThresholdBand(Severity.WARNING, -1.0, -0.5), new ThresholdBand(Severity.WARNING, 0.5, 1.0),
						new ThresholdBand(Severity.ERROR, null, -1.0), new ThresholdBand(Severity.ERROR, 1.0, null)));
		assertEquals(-1.024, TrendChart.valueRange(knowledge).getLowerBound(), 1e-12);
		assertEquals(-0.676, TrendChart.valueRange(knowledge).getUpperBound(), 1e-12);
	}

	@Test
	void wavesWithoutDatesOnTheirNamesAndNoActionDays() throws Exception {
		String html = render(List.of(queue(null)));
		String text = texts(svg(html));
		assertTrue(text.contains("2025") && text.contains("2026"), "the waves' names on the axis: " + text);
		assertFalse(text.contains("Fast & lane"), "no day to mark on an axis of names: " + text);
	}

	@Test
	void fewerThanTwoWavesSaySo() {
		assertTrue(render(List.of()).contains("<p>The model has fewer than two measurement waves.</p>"));
	}

	private static Document svg(String html) throws Exception {
		String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	private static String texts(Document svg) {
		NodeList nodes = svg.getElementsByTagName("text");
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < nodes.getLength(); i++) {
			all.append(nodes.item(i).getTextContent()).append('|');
		}
		return all.toString();
	}
}
