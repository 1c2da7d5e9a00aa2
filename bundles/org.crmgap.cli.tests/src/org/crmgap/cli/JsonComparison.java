package org.crmgap.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares JSON output with an R reference: the same keys in the same order, the same array lengths, equal
 * strings, numbers within 1e-9 (p-values, keys named {@code p} or {@code changeP}, within 1e-6 relative).
 */
final class JsonComparison {

	private JsonComparison() {
	}

	/** Every difference of {@code actual} from {@code expected}, each with its JSON path; empty when they agree. */
	static List<String> differences(JsonNode expected, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("", expected, actual, differences);
		return differences;
	}

	static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (actual == null) {
			differences.add(path + ": missing instead of " + expected);
		} else if (expected.isObject()) {
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
		if (path.endsWith(".p") || path.endsWith(".changeP")) {
			return Math.abs(actual - expected) <= 1e-6 * Math.abs(expected);
		}
		return Math.abs(actual - expected) <= 1e-9;
	}

	/**
	 * The part of {@code actual} that {@code expected} covers: of each object only the keys {@code expected} has (in its
	 * order; a key {@code actual} lacks stays missing, so {@link #differences} reports it), arrays element by element
	 * (extra elements kept, so a length difference is reported). For output of which a reference checks a part.
	 */
	static JsonNode project(JsonNode expected, JsonNode actual) {
		if (actual == null) {
			return null;
		}
		if (expected.isObject() && actual.isObject()) {
			ObjectNode part = JsonNodeFactory.instance.objectNode();
			expected.fieldNames().forEachRemaining(key -> {
				if (actual.has(key)) {
					part.set(key, project(expected.get(key), actual.get(key)));
				}
			});
			return part;
		}
		if (expected.isArray() && actual.isArray()) {
			ArrayNode part = JsonNodeFactory.instance.arrayNode();
			for (int i = 0; i < actual.size(); i++) {
				part.add(i < expected.size() ? project(expected.get(i), actual.get(i)) : actual.get(i));
			}
			return part;
		}
		return actual;
	}

	/** How many numbers {@code node} holds, so a test can say how much of a reference it compared. */
	static int countNumbers(JsonNode node) {
		if (node.isNumber()) {
			return 1;
		}
		int count = 0;
		for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
			count += countNumbers(it.next());
		}
		return count;
	}
}
