package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap survey --format json} on the reference survey agrees with R (t.test, psych::alpha;
 * fixtures/reference.R): values to 1e-9, p-values to 1e-6 relative, and the same JSON shape.
 */
class ReferenceValuesTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void surveyJsonAgreesWithR() throws IOException {
		SurveyFixtures.Run run = SurveyFixtures.cli("survey", SurveyFixtures.DIR.resolve("survey-ref.csv").toString(),
				"--managers", SurveyFixtures.DIR.resolve("managers-ref.csv").toString(), "--format", "json");
		assertEquals(0, run.code(), run.err());
		JsonNode expected = json.readTree(SurveyFixtures.DIR.resolve("reference.json").toFile());
		JsonNode actual = json.readTree(run.out());
		List<String> differences = new ArrayList<>();
		compare("", expected, actual, differences);
		assertEquals(List.of(), differences);
		assertEquals(3, actual.get("groups").size());
		assertTrue(countNumbers(expected) > 400, "the comparison covers the whole reference");
	}

	private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isObject()) {
			List<String> expectedKeys = new ArrayList<>();
			expected.fieldNames().forEachRemaining(expectedKeys::add);
			List<String> actualKeys = new ArrayList<>();
			actual.fieldNames().forEachRemaining(actualKeys::add);
			if (!expectedKeys.equals(actualKeys)) {
				differences.add(path + ": keys " + actualKeys + " instead of " + expectedKeys);
				return;
			}
			expectedKeys.forEach(k -> compare(path + "." + k, expected.get(k), actual.get(k), differences));
		} else if (expected.isArray()) {
			if (expected.size() != actual.size()) {
				differences.add(path + ": " + actual.size() + " elements instead of " + expected.size());
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
			}
		} else if (expected.isNumber()) {
			if (!actual.isNumber()) {
				differences.add(path + ": " + actual + " instead of " + expected);
			} else if (!close(path, expected.asDouble(), actual.asDouble())) {
				differences.add(path + ": " + actual.asDouble() + " instead of " + expected.asDouble());
			}
		} else if (!expected.equals(actual)) {
			differences.add(path + ": " + actual + " instead of " + expected);
		}
	}

	private static boolean close(String path, double expected, double actual) {
		if (path.endsWith(".p")) {
			return Math.abs(actual - expected) <= 1e-6 * Math.abs(expected);
		}
		return Math.abs(actual - expected) <= 1e-9;
	}

	private static int countNumbers(JsonNode node) {
		if (node.isNumber()) {
			return 1;
		}
		int count = 0;
		for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
			count += countNumbers(it.next());
		}
		return count;
	}

	@Test
	void comparisonCatchesAWrongValue() {
		List<String> differences = new ArrayList<>();
		compare("", json.valueToTree(new double[] { 1.0 }), json.valueToTree(new double[] { 1.000001 }), differences);
		if (differences.isEmpty()) {
			fail("a difference of 1e-6 must be reported");
		}
	}
}
