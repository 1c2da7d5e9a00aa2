package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two-proportion z-test against R's {@code prop.test(correct = FALSE)} (fixtures/proportions.R →
 * proportions-reference.json): z² is R's X-squared, z at 1e-9, p at 1e-6 relative.
 */
class TwoProportionsTest {

	@Test
	void equalsR() throws Exception {
		JsonNode cases = new ObjectMapper().readTree(SurveyFixtures.DIR.resolve("proportions-reference.json").toFile());
		assertEquals(8, cases.size());
		for (JsonNode c : cases) {
			Statistics.ZTest test = Statistics.twoProportions(c.get("x1").asLong(), c.get("n1").asLong(), c.get("x2").asLong(),
					c.get("n2").asLong());
			String what = c.toString();
			assertEquals(c.get("z").asDouble(), test.z(), 1e-9, what);
			assertEquals(c.get("xSquared").asDouble(), test.z() * test.z(), 1e-9, what);
			assertEquals(c.get("p").asDouble(), test.p(), 1e-6 * c.get("p").asDouble(), what);
		}
	}

	@Test
	void byHand() {
		// 3/4 against 1/4: pooled 1/2, se = sqrt(1/4 · (1/4 + 1/4)) = sqrt(1/8), z = 0.5 / sqrt(1/8) = sqrt(2)
		assertEquals(Math.sqrt(2), Statistics.twoProportions(3, 4, 1, 4).z(), 1e-15);
	}

	@Test
	void noVarianceOrNoSampleIsNoTest() {
		assertNull(Statistics.twoProportions(5, 5, 3, 3));
		assertNull(Statistics.twoProportions(0, 5, 0, 3));
		assertNull(Statistics.twoProportions(0, 0, 1, 3));
	}
}
