package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Three respondents whose gaps are worked out on paper in fixtures/small-3.md. */
class HandCheckedSurveyTest {

	@Test
	void gapsAsComputedOnPaper() throws Exception {
		// the file's own instrument: two dimensions of two items each
		ServqualResult result = SurveyFixtures.analyse(SurveyFixtures.DIR.resolve("small-3.csv"), null,
				List.of(SurveyFixtures.dimension("tangibles", 1, 2), SurveyFixtures.dimension("reliability", 5, 6)));
		assertEquals(List.of(), result.warnings());
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

	@Test
	void aPartialSurveyHasNoServqualScoreAndSaysWhatIsMissing() throws Exception {
		// the same answers read as the 22-item SERVQUAL instrument: 4 items answered, 3 dimensions without items
		ServqualResult result = SurveyFixtures.analyse(SurveyFixtures.DIR.resolve("small-3.csv"), null);
		ServqualResult.Group all = result.groups().get(0);
		assertNull(all.unweighted(), "a partial score is never the instrument's score");
		assertNull(all.weighted());
		assertEquals(-1.0, all.dimensions().get(0).gap(), 1e-12, "the answered dimensions are still measured");
		assertEquals(List.of(SurveyFixtures.DIR.resolve("small-3.csv") + ": no expectation and perception columns for item(s) 3-4, 7-22",
				"dimension(s) without answered items: responsiveness, assurance, empathy",
				"no SERVQUAL score: it needs every item and dimension of the instrument"), result.warnings());
	}
}
