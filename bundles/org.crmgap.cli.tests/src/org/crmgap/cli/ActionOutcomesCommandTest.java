package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "Did the actions work?" in {@code analyze}'s JSON, text and report: a copy of the example, measured in two waves (its
 * survey and KPI files in 2025, dated 2025-03-31, the second wave's files in 2026, 2026-03-31), with actions of this test.
 */
class ActionOutcomesCommandTest {

	private static final String QUEUES = "Delivery gap: branch queues";
	private static final String RELATIONSHIP = "Customer gap: relationship banking";

	@TempDir
	Path dir;

	private Path copy;

	@BeforeEach
	void twoWaves() throws IOException {
		copy = Commands.copyExample(dir);
		GapModel bank = ModelFiles.load(copy);
		bank.getPlannedActions().clear(); // the example's own are ExampleWavesTest's
		assertEquals(List.of("2025", "2026"), bank.getWaves().stream().map(MeasurementWave::getName).toList());
		assertEquals(List.of(LocalDate.parse("2025-03-31"), LocalDate.parse("2026-03-31")),
				bank.getWaves().stream().map(MeasurementWave::getDate).toList());
		action(bank, "Queue coaching", QUEUES, "2025-04-01", 0.99);
		action(bank, "Relationship managers", RELATIONSHIP, "2025-04-01", 0.0);
		action(bank, "Old campaign", QUEUES, "2024-01-01", 0.9);
		ModelFiles.save(bank, copy);
	}

	@Test
	void jsonTextAndReport() throws IOException {
		Commands.Run run = Commands.run("analyze", copy.toString(), "--format", "json");
		JsonNode actions = new ObjectMapper().readTree(run.out()).get("actions");
		JsonNode before = gaps(Commands.run("analyze", copy.toString(), "--wave", "2025", "--format", "json"));
		JsonNode after = gaps(new ObjectMapper().readTree(run.out()));
		assertEquals(3, actions.size(), run.out());
		JsonNode queues = actions.get(0);
		assertEquals("Queue coaching", queues.get("action").asText());
		assertEquals(QUEUES, queues.get("gap").asText());
		assertEquals("2025", queues.get("fromWave").asText());
		assertEquals("2026", queues.get("toWave").asText());
		assertEquals(before.get(QUEUES).get("value").asDouble(), queues.get("before").asDouble(), 0);
		assertEquals(after.get(QUEUES).get("value").asDouble(), queues.get("after").asDouble(), 0);
		assertEquals("two-proportion z", queues.get("test").asText());
		// R, from the CSV files: S01 (<= 10 min) met 29 of 52 weeks in kpi.csv, 42 of 52 in kpi-2026.csv;
		// prop.test(c(42, 29), c(52, 52), correct = FALSE)$p.value = 0.0061647838323878029
		assertEquals(29.0 / 52, queues.get("before").asDouble(), 1e-12);
		assertEquals(42.0 / 52, queues.get("after").asDouble(), 1e-12);
		assertEquals(0.0061647838323878029, queues.get("p").asDouble(), 1e-6 * 0.0061647838323878029);
		// significant, short of the target 0.99
		assertEquals("narrowed", queues.get("outcome").asText());
		JsonNode relationship = actions.get(1);
		assertEquals(before.get(RELATIONSHIP).get("value").asDouble(), relationship.get("before").asDouble(), 0);
		assertEquals(after.get(RELATIONSHIP).get("value").asDouble(), relationship.get("after").asDouble(), 0);
		assertEquals("Welch", relationship.get("test").asText());
		JsonNode old = actions.get(2);
		assertEquals("not judged", old.get("outcome").asText());
		assertEquals("no wave dated before its start (2024-01-01)", old.get("reason").asText());

		String text = Commands.run("analyze", copy.toString()).out();
		assertTrue(text.contains("\nDid the actions work?\n"), text);
		assertTrue(text.contains("  not judged  Old campaign (" + QUEUES + "): no wave dated before its start (2024-01-01)\n"), text);

		String html = Commands.run("analyze", copy.toString(), "--format", "html").out();
		assertTrue(html.contains("<section id=\"actions\"><h2>Did the actions work?</h2>"), html);
		assertTrue(html.contains("<td>Old campaign</td>"), html);
	}

	private static JsonNode gaps(Commands.Run run) throws IOException {
		return gaps(new ObjectMapper().readTree(run.out()));
	}

	private static JsonNode gaps(JsonNode analysis) {
		var byName = new ObjectMapper().createObjectNode();
		analysis.get("gaps").forEach(g -> byName.set(g.get("gap").asText(), g));
		return byName;
	}

	private static void action(GapModel model, String name, String gap, String start, double target) {
		PlannedAction action = CrmGapFactory.eINSTANCE.createPlannedAction();
		action.setName(name);
		Gap addressed = model.getGaps().stream().filter(g -> g.getName().equals(gap)).findFirst().orElseThrow();
		action.setGap(addressed);
		action.setStartDate(LocalDate.parse(start));
		action.setDueDate(LocalDate.parse(start).plusMonths(9));
		action.setTargetValue(target);
		model.getPlannedActions().add(action);
	}
}
