package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled example's two waves through {@code analyze} on a copy: the latest wave (2026) by default, the first on
 * request, and "did the actions work?" for its planned actions, against R's values computed from the CSV files alone
 * ({@code fixtures/example-waves.R} → {@code example-waves-reference.json}): values to 1e-9, p-values to 1e-6 relative.
 * The story the generator put into the 2026 data (releng/example-data): loan decisions and the private clients'
 * call-backs closed their gaps, the branch queues and the transactional customers' reliability narrowed, the e-mail
 * answers did not move, and the relationship customers' empathy widened.
 */
class ExampleWavesTest {

	private static final double VALUE = 1e-9;
	private static final double RELATIVE_P = 1e-6;

	@TempDir
	Path dir;

	private Path copy;
	private Map<String, JsonNode> reference;

	@BeforeEach
	void copyAndReference() throws IOException {
		copy = Commands.copyExample(dir);
		reference = new LinkedHashMap<>();
		new ObjectMapper().readTree(Commands.FIXTURES.resolve("example-waves-reference.json").toFile())
				.forEach(g -> reference.put(g.get("gap").asText(), g));
		assertEquals(7, reference.size());
	}

	@Test
	void theLatestWave2026IsTheDefault() throws IOException {
		Commands.Run run = Commands.run("analyze", copy.toString(), "--format", "json");
		assertEquals(ExitCodes.CLEAN, run.code(), run.err());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals("2026", json.get("wave").asText());
		Map<String, JsonNode> gaps = byName(json.get("gaps"), "gap");
		assertEquals(17, gaps.size());
		for (JsonNode expected : reference.values()) {
			String name = expected.get("gap").asText();
			JsonNode gap = gaps.get(name);
			assertEquals(expected.get("indicator").asText(), gap.get("indicator").asText(), name);
			assertEquals(expected.get("after").asDouble(), gap.get("value").asDouble(), VALUE, name);
			assertEquals(expected.get("n").asInt(), gap.get("n").asInt(), name);
			if (expected.has("p")) {
				assertP(expected.get("p").asDouble(), gap.get("p").asDouble(), name);
				JsonNode indicator = segmentIndicator(json, expected);
				assertEquals(expected.get("after").asDouble(), indicator.get("value").asDouble(), VALUE, name);
				assertEquals(expected.get("ciLow").asDouble(), indicator.get("ciLow").asDouble(), VALUE, name);
				assertEquals(expected.get("ciHigh").asDouble(), indicator.get("ciHigh").asDouble(), VALUE, name);
			}
		}
		List<String> files = new ArrayList<>();
		json.get("data").forEach(d -> files.add(Path.of(d.get("file").asText()).getFileName().toString()));
		assertEquals(List.of("survey-2026.csv", "managers.csv", "kpi-2026.csv", "readiness.csv"), files,
				"the 2026 survey and KPIs, and the data measured once (managers' survey, readiness)");
	}

	@Test
	void wave2025OnRequest() throws IOException {
		Commands.Run run = Commands.run("analyze", copy.toString(), "--wave", "2025", "--format", "json");
		assertEquals(ExitCodes.CLEAN, run.code(), run.err());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals("2025", json.get("wave").asText());
		Map<String, JsonNode> gaps = byName(json.get("gaps"), "gap");
		for (JsonNode expected : reference.values()) {
			String name = expected.get("gap").asText();
			assertEquals(expected.get("before").asDouble(), gaps.get(name).get("value").asDouble(), VALUE, name);
			assertEquals(expected.get("nBefore").asInt(), gaps.get(name).get("n").asInt(), name);
		}
	}

	@Test
	void didTheActionsWork() throws IOException {
		Commands.Run run = Commands.run("analyze", copy.toString(), "--format", "json");
		Map<String, JsonNode> actions = byName(new ObjectMapper().readTree(run.out()).get("actions"), "action");
		assertEquals(6, actions.size(), run.out());
		// the hand-checked story (generator's constants, data/README.md)
		Map<String, String> story = Map.of("Automated scoring for standard loans", "closed", "Adviser calls back the same morning", "closed",
				"Tellers at peak hours", "narrowed", "Right first time in payments and cards", "narrowed",
				"E-mail triage and answer templates", "no effect", "Named advisers for relationship customers", "widened");
		story.forEach((action, outcome) -> assertEquals(outcome, actions.get(action).get("outcome").asText(), action));
		for (JsonNode expected : reference.values()) {
			if (expected.get("action").isNull()) {
				continue;
			}
			String name = expected.get("action").asText();
			JsonNode action = actions.get(name);
			assertEquals(expected.get("gap").asText(), action.get("gap").asText(), name);
			assertEquals("2025", action.get("fromWave").asText(), name);
			assertEquals("2026", action.get("toWave").asText(), name);
			assertEquals(expected.get("before").asDouble(), action.get("before").asDouble(), VALUE, name);
			assertEquals(expected.get("after").asDouble(), action.get("after").asDouble(), VALUE, name);
			assertEquals(expected.get("target").asDouble(), action.get("target").asDouble(), 0, name);
			assertEquals(expected.get("test").asText(), action.get("test").asText(), name);
			assertP(expected.get("changeP").asDouble(), action.get("p").asDouble(), name);
			assertEquals(expected.get("outcome").asText(), action.get("outcome").asText(), name + ": R's outcome");
		}

		String text = Commands.run("analyze", copy.toString()).out();
		assertTrue(text.startsWith("Analysis of Northbridge Bank, wave 2026\n"), text);
		assertTrue(text.contains("\nDid the actions work?\n"), text);
		// the numbers of example-waves-reference.json as the text rounds them
		assertTrue(text.contains("\n  closed      Automated scoring for standard loans (Delivery gap: loan decisions): compliance 0.596 in 2025 "
				+ "-> 0.846 in 2026, target 0.800, two-proportion z-test p 0.0045\n"), text);
		assertTrue(text.contains("\n  widened     Named advisers for relationship customers (Customer gap: relationship banking empathy): "
				+ "customer gap -0.427 in 2025 -> -0.842 in 2026, target -0.300, Welch's t-test p <0.0001\n"), text);
	}

	@Test
	void holmAdjustsTheActionsTests() throws IOException {
		Commands.Run plain = Commands.run("analyze", copy.toString(), "--format", "json");
		new ObjectMapper().readTree(plain.out()).get("actions").forEach(a -> assertTrue(a.get("pHolm").isNull(), a.toString()));
		Commands.Run run = Commands.run("analyze", copy.toString(), "--holm", "--format", "json");
		assertEquals(ExitCodes.CLEAN, run.code(), run.err());
		Map<String, JsonNode> actions = byName(new ObjectMapper().readTree(run.out()).get("actions"), "action");
		for (JsonNode expected : reference.values()) {
			if (expected.get("action").isNull()) {
				continue;
			}
			String name = expected.get("action").asText();
			// R: p.adjust(changeP of the six actions, method = "holm"), and the outcome judged on it
			assertP(expected.get("pHolm").asDouble(), actions.get(name).get("pHolm").asDouble(), name + " (Holm)");
			assertEquals(expected.get("changeP").asDouble(), actions.get(name).get("p").asDouble(), RELATIVE_P * expected.get("changeP").asDouble(),
					name + ": the p-value itself");
			assertEquals(expected.get("outcomeHolm").asText(), actions.get(name).get("outcome").asText(), name);
		}
		String text = Commands.run("analyze", copy.toString(), "--holm").out();
		assertTrue(text.contains("\n  6 test(s) at alpha 0.05; p-values adjusted by Holm's method (p Holm)\n"), text);
		assertTrue(text.contains("target 0.800, two-proportion z-test p 0.0045, p Holm 0.0134\n"), text);
		assertTrue(Commands.run("analyze", copy.toString()).out()
				.contains("\n  6 test(s) at alpha 0.05; not adjusted for multiple comparisons (--holm adjusts them)\n"));
	}

	private static void assertP(double expected, double actual, String what) {
		assertEquals(expected, actual, RELATIVE_P * expected, what + ": p");
	}

	/** The indicator row of the gap's segment and dimension. */
	private static JsonNode segmentIndicator(JsonNode analysis, JsonNode expected) {
		String segment = switch (expected.get("segment").asText()) {
		case "transactional" -> "Transactional savers";
		case "relational" -> "Relationship banking";
		default -> "Private and business partners";
		};
		for (JsonNode indicator : analysis.get("indicators")) {
			if (indicator.get("name").asText().equals("customer gap") && indicator.get("segment").asText().equals(segment)
					&& indicator.get("element").asText().equals(expected.get("dimension").asText())) {
				return indicator;
			}
		}
		throw new AssertionError("no customer gap indicator of " + segment + ", " + expected.get("dimension").asText());
	}

	private static Map<String, JsonNode> byName(JsonNode array, String key) {
		Map<String, JsonNode> byName = new LinkedHashMap<>();
		array.forEach(n -> byName.put(n.get(key).asText(), n));
		return byName;
	}
}
