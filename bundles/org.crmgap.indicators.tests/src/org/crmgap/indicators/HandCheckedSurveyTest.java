package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Three respondents whose gaps are worked out on paper in fixtures/small-3.md. */
class HandCheckedSurveyTest {

	@Test
	void gapsAsComputedOnPaper() throws Exception {
		ServqualResult result = SurveyFixtures.analyse(SurveyFixtures.DIR.resolve("small-3.csv"), null);
		assertEquals(List.of("all", "x"), result.groups().stream().map(ServqualResult.Group::segment).toList());
		ServqualResult.Group all = result.groups().get(0);
		assertEquals(3, all.respondents());
		assertEquals(List.of(1, 2, 5, 6), all.items().stream().map(ServqualResult.Item::item).toList());
		assertEquals(List.of(-1.0, -1.0, -2.0, -1.5), all.items().stream().map(ServqualResult.Item::gap).toList());
		assertEquals(List.of(3L, 3L, 3L, 2L), all.items().stream().map(ServqualResult.Item::n).toList());

		ServqualResult.Dimension tangibles = all.dimensions().get(0);
		assertEquals("tangibles", tangibles.name());
		assertEquals(-1.0, tangibles.gap(), 1e-12);
		assertEquals(3, tangibles.n());
		assertEquals(2L, tangibles.df());
		assertEquals(-Math.sqrt(12.0 / 7), tangibles.t(), 1e-12);
		assertEquals(1 - Math.sqrt(6.0 / 13), tangibles.p(), 1e-12); // closed form of the t distribution with 2 df
		assertEquals(-4.286205, tangibles.ciLow(), 1e-6);
		assertEquals(2.286205, tangibles.ciHigh(), 1e-6);

		ServqualResult.Dimension reliability = all.dimensions().get(1);
		assertEquals(-2.0, reliability.gap(), 1e-12);
		assertEquals(-2 * Math.sqrt(3), reliability.t(), 1e-12);
		assertEquals(1 - Math.sqrt(6.0 / 7), reliability.p(), 1e-12);

		assertEquals(-1.5, all.unweighted(), 1e-12);
		assertNull(all.weighted(), "no importance points in the file");
		assertNull(tangibles.msa(), "no adequate-level columns in the file");
	}
}
