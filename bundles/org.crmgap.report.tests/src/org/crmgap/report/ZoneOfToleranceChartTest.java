package org.crmgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.indicators.ServqualResult;
import org.crmgap.indicators.ServqualResult.Zone;
import org.junit.jupiter.api.Test;

/** The zone of tolerance per dimension: where perceived service lies (the domain reference's rule) and how it is drawn. */
class ZoneOfToleranceChartTest {

	private static ServqualResult.Dimension dimension(String name, Double msa, Double mss) {
		return new ServqualResult.Dimension(name, -0.5, 100, null, null, null, null, null, null, null, msa, mss);
	}

	@Test
	void belowInsideAboveFromMsaAndMss() {
		assertEquals(Zone.BELOW, dimension("a", -0.01, -1.2).zone(), "P under A");
		assertEquals(Zone.INSIDE, dimension("b", 0.0, 0.0).zone(), "on both edges: inside");
		assertEquals(Zone.INSIDE, dimension("c", 1.2, -0.4).zone());
		assertEquals(Zone.ABOVE, dimension("d", 1.8, 0.2).zone(), "P over D");
		assertNull(dimension("e", null, null).zone(), "without A and D answers");
	}

	@Test
	void eachDimensionsPositionWrittenAndColoured() {
		ServqualResult.Group all = new ServqualResult.Group("all respondents", 100, null, null, List.of(dimension("tangibles", 1.2, -0.4),
				dimension("reliability", -0.3, -1.5), dimension("empathy", 1.8, 0.2), dimension("no zone", null, null)), List.of());
		String svg = Charts.svg(Charts.zoneOfTolerance(all));
		List<String> labels = new ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(">\\s*((below|inside|above) the zone)<").matcher(svg);
		while (m.find()) {
			labels.add(m.group(1));
		}
		assertEquals(List.of("inside the zone", "below the zone", "above the zone"), labels, "in the dimensions' order");
		assertTrue(svg.contains(">tangibles<") && svg.contains(">empathy<") && !svg.contains(">no zone<"), "the dimensions with a zone");
		for (String colour : List.of("rgb(0,158,115)", "rgb(213,94,0)", "rgb(0,114,178)")) {
			assertTrue(svg.contains(colour), "each position in its colour: " + colour);
		}
	}
}
