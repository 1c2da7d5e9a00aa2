package org.crmgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crmgap.indicators.ImportancePerformance.Grid;
import org.crmgap.indicators.ImportancePerformance.Point;
import org.crmgap.indicators.ImportancePerformance.Quadrant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The importance–performance chart as a reader sees it: the quadrants named, the cross, names that do not overlap. */
class ImportancePerformanceChartTest {

	/** A name drawn in the SVG: its text and where. */
	private record Text(String text, double x, double y) {
	}

	@Test
	void quadrantsNamedAndDimensionNamesApart() throws Exception {
		// reliability and assurance almost on the same spot: their names would overlap
		Grid grid = new Grid(List.of(new Point("tangibles", 0.10, -0.2, Quadrant.POSSIBLE_OVERKILL),
				new Point("reliability", 0.30, -1.40, Quadrant.CONCENTRATE_HERE), new Point("assurance", 0.301, -1.41, Quadrant.CONCENTRATE_HERE),
				new Point("responsiveness", 0.15, -1.2, Quadrant.LOW_PRIORITY), new Point("empathy", 0.14, -0.3, Quadrant.POSSIBLE_OVERKILL)),
				0.2, -0.9);
		List<Text> texts = texts(Charts.svg(ImportancePerformanceChart.of(grid)));
		List<String> all = texts.stream().map(Text::text).toList();
		for (Quadrant q : Quadrant.values()) {
			assertEquals(2, all.stream().filter(q.label()::equals).count(), q.label() + " in its corner and the legend: " + all);
		}
		List<Text> names = texts.stream().filter(t -> List.of("tangibles", "reliability", "assurance", "responsiveness", "empathy")
				.contains(t.text().strip())).toList();
		assertEquals(5, names.size(), all.toString());
		for (int i = 0; i < names.size(); i++) {
			for (int j = i + 1; j < names.size(); j++) {
				Text a = names.get(i);
				Text b = names.get(j);
				boolean overlap = Math.abs(a.x() - b.x()) < 80 && Math.abs(a.y() - b.y()) < 12;
				assertTrue(!overlap, a + " overlaps " + b);
			}
		}
	}

	private static List<Text> texts(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		NodeList nodes = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getElementsByTagName("text");
		List<Text> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element e = (Element) nodes.item(i);
			texts.add(new Text(e.getTextContent(), number(e.getAttribute("x")), number(e.getAttribute("y"))));
		}
		return texts;
	}

	private static double number(String value) {
		return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
	}
}
