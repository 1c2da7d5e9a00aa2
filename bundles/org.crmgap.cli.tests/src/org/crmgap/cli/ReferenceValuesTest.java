package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap survey --format json} on the reference survey agrees with R (t.test, psych::alpha;
 * fixtures/reference.R): values to 1e-9, p-values to 1e-6 relative, and the same JSON shape ({@link JsonComparison}).
 */
class ReferenceValuesTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void surveyJsonAgreesWithR() throws IOException {
		Commands.Run run = Commands.run("survey", Commands.FIXTURES.resolve("survey-ref.csv").toString(),
				"--managers", Commands.FIXTURES.resolve("managers-ref.csv").toString(), "--format", "json");
		assertEquals(0, run.code(), run.err());
		JsonNode expected = json.readTree(Commands.FIXTURES.resolve("reference.json").toFile());
		JsonNode actual = json.readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, actual));
		assertEquals(3, actual.get("groups").size());
		assertTrue(JsonComparison.countNumbers(expected) > 400, "the comparison covers the whole reference");
	}

	/** Two waves (fixtures/survey-ref-previous.csv, a year earlier): each dimension's change and Welch's test equal R's. */
	@Test
	void surveyWithPreviousWaveAgreesWithR() throws IOException {
		Commands.Run run = Commands.run("survey", Commands.FIXTURES.resolve("survey-ref.csv").toString(), "--previous",
				Commands.FIXTURES.resolve("survey-ref-previous.csv").toString(), "--managers",
				Commands.FIXTURES.resolve("managers-ref.csv").toString(), "--format", "json");
		assertEquals(1, run.code(), "a segment of the previous wave only is a warning: " + run.err());
		assertTrue(run.err().contains("warning: segment 'phone' is only in the previous wave"), run.err());
		JsonNode expected = json.readTree(Commands.FIXTURES.resolve("reference-waves.json").toFile());
		JsonNode actual = json.readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, actual));
		assertEquals(List.of("all", "branch", "online"), actual.findValuesAsText("segment"));
		assertTrue(JsonComparison.countNumbers(expected) > 500, "the comparison covers the whole reference");
	}

	@Test
	void surveyTextShowsTheChangeSinceThePreviousWaveAndJudgesIt() {
		Commands.Run run = Commands.run("survey", Commands.FIXTURES.resolve("survey-ref.csv").toString(), "--previous",
				Commands.FIXTURES.resolve("survey-ref-previous.csv").toString());
		// reliability of all respondents: -0.968 now, -1.7225 a year earlier, p = 0.00784 (R, reference-waves.json)
		assertTrue(run.out().matches("(?s).*change since the previous wave.*\\n  all\\n.*reliability\\s+-1\\.723\\s+0\\.755\\s+2\\.730\\s+"
				+ "77\\.655\\s+0\\.0078  improved\\n.*\\n15 tests at alpha 0.05; not adjusted.*"), run.out());
		// Holm over the 15 tests: 0.00784 is the smallest p, times 15 = 0.118 (R: p.adjust(p, "holm")): no longer significant
		Commands.Run holm = Commands.run("survey", Commands.FIXTURES.resolve("survey-ref.csv").toString(), "--previous",
				Commands.FIXTURES.resolve("survey-ref-previous.csv").toString(), "--holm");
		assertTrue(holm.out().matches("(?s).*\\n  all\\n.*reliability\\s+-1\\.723\\s+0\\.755\\s+2\\.730\\s+77\\.655\\s+0\\.1175  "
				+ "no significant change\\n.*adjusted by Holm's method.*"), holm.out());
	}

	@Test
	void comparisonCatchesAWrongValue() {
		List<String> differences = JsonComparison.differences(json.valueToTree(new double[] { 1.0 }),
				json.valueToTree(new double[] { 1.000001 }));
		if (differences.isEmpty()) {
			fail("a difference of 1e-6 must be reported");
		}
	}
}
