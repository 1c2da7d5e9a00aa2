package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.PlannedAction;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.ModelAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The gap-model figure of the analysed example in headless Chromium, as a user reads it (e2e/figure-e2e.js): the
 * boxes with their counts, the gap tags with their values, nothing overlapping, no text leaving its box, no page
 * errors. The screenshot is target/screenshots/chromium/gap-model.png.
 */
class GapFigureChromiumTest {

	@TempDir
	Path dir;

	private final Path out = BrowserScript.SCREENSHOTS;

	private static String step(String output, String step) {
		return output.lines().filter(l -> l.startsWith("E2E " + step + " ")).map(l -> l.substring(("E2E " + step + " ").length()))
				.findFirst().orElse(null);
	}

	private static List<String> strings(JsonElement array) {
		return array.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
	}

	@Test
	void theFigureOfTheExampleReadsLikeTheServqualModelWithLiveValues() throws Exception {
		Path file = TestSession.copyExample(dir);
		DiagramDocument document = DiagramDocument.open(file);
		// one overdue and one done action on the customer gaps: the customer tag's badge says 1, in the error colour
		document.model().getPlannedActions().clear();
		Gap customer = document.model().getGaps().stream().filter(g -> g.getKind() == GapKind.CUSTOMER).findFirst().orElseThrow();
		for (ActionStatus status : List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE)) {
			PlannedAction action = CrmGapFactory.eINSTANCE.createPlannedAction();
			action.setName("Action " + status);
			action.setGap(customer);
			action.setStatus(status);
			action.setDueDate(LocalDate.now().minusDays(7));
			document.model().getPlannedActions().add(action);
		}
		// the first wave's values (2025, those of fixtures/README.md; the figure shows the latest, 2026, by default)
		document.analysed(document.model(), ModelAnalysis.analyse(document.model(), file, AnalysisOptions.DEFAULT.withWave("2025")));
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			output = BrowserScript.run("figure-e2e.js", server.page(server.register(document), DiagramKind.GAP_MODEL).toString());
		}
		assertEquals(null, step(output, "page-problems"), "the page logged errors");
		assertTrue(output.contains("E2E done"), output);
		JsonObject seen = JsonParser.parseString(step(output, "figure")).getAsJsonObject();
		List<List<String>> boxes = seen.getAsJsonArray("boxes").asList().stream().map(GapFigureChromiumTest::strings).toList();
		// what the boxes say, counted by hand in retail-bank.crmgap
		for (List<String> box : List.of(List.of("Expected service", "3 segments \u00b7 19 expectations"),
				List.of("Perceived service", "1 survey \u00b7 26 survey items"),
				List.of("Service delivery", "39 elements"), List.of("Organisation units", "15 units"),
				List.of("CRM components", "14 components"), List.of("Interaction flows", "10 flows"),
				List.of("External communications", "6 communications \u00b7 7 promises"),
				List.of("Service standards", "17 service standards"),
				List.of("Management perceptions", "of expectations", "4 management perceptions"))) {
			assertTrue(boxes.contains(box), box + " in " + boxes);
		}
		JsonArray tags = seen.getAsJsonArray("tags");
		assertEquals(8, tags.size());
		assertEquals(8, seen.get("arrows").getAsInt(), "an arrow per gap kind");
		// values as fixtures/README.md has them (computed without the product), as `crmgap analyze` prints them
		List<List<String>> lines = tags.asList().stream().map(t -> strings(t.getAsJsonObject().get("lines"))).toList();
		for (List<String> tag : List.of(List.of("Gap 1 Knowledge", "-0.856 \u00b7 n 624 \u00b7 warning", "p <0.0001 \u00b7 worst of 2"),
				List.of("Gap 2 Policy", "15.000 \u00b7 n 1 \u00b7 error"), List.of("Gap 3 Delivery", "0.558 \u00b7 n 52 \u00b7 error", "worst of 3"),
				List.of("Gap 4 Communication", "10.958 \u00b7 n 52 \u00b7 error", "worst of 3"),
				List.of("Gap 5 Customer", "-1.675 \u00b7 n 302 \u00b7 error", "p <0.0001 \u00b7 worst of 4"),
				List.of("Value gap", "-0.993 \u00b7 n 302 \u00b7 warning", "p <0.0001"),
				List.of("Readiness gap", "1.500 \u00b7 n 4 \u00b7 error", "worst of 2"), List.of("Coherence gap", "0.569 \u00b7 n 14 \u00b7 warning"))) {
			assertTrue(lines.contains(tag), tag + " in " + lines);
		}
		tags.forEach(t -> {
			JsonObject tag = t.getAsJsonObject();
			String severity = tag.get("lines").getAsJsonArray().get(1).getAsString().replaceAll(".* ", "");
			assertEquals("severity-" + severity, tag.get("severity").getAsString(), tag.toString());
			assertTrue(tag.get("tooltip").getAsString().startsWith(strings(tag.get("lines")).get(0)), tag.toString());
		});
		for (JsonElement t : tags) {
			JsonObject tag = t.getAsJsonObject();
			if (strings(tag.get("lines")).get(0).equals("Gap 5 Customer")) {
				JsonObject badge = tag.getAsJsonObject("badge");
				assertEquals("1", badge.get("text").getAsString(), tag.toString());
				assertTrue(badge.get("overdue").getAsBoolean(), tag.toString());
				assertEquals("1 open action, 1 overdue", badge.get("title").getAsString());
				assertEquals("rgb(198, 40, 40)", badge.get("fill").getAsString(), "the error colour");
			} else {
				assertTrue(tag.get("badge").isJsonNull(), "no actions on the other kinds: " + tag);
			}
		}
		assertEquals(List.of(), strings(seen.get("overlaps")), "overlapping boxes or texts");
		assertEquals(List.of(), strings(seen.get("overflow")), "texts running out of their box");
		assertTrue(seen.get("smallestFontPx").getAsDouble() >= 11, "readable texts (rendered font px): " + seen.get("smallestFontPx"));
		assertFalse(seen.get("palette").getAsBoolean(), "the figure is read-only: no palette");
		assertTrue(Files.size(out.resolve("gap-model.png")) > 20_000);

		// the segment selector, "all" first, then the model's segments; Relationship banking chosen
		JsonObject segment = JsonParser.parseString(step(output, "segment")).getAsJsonObject();
		assertEquals(List.of("all", "Transactional savers", "Relationship banking", "Private and business partners"),
				strings(segment.get("options")));
		List<List<String>> segmentTags = segment.getAsJsonArray("tags").asList().stream().map(t -> strings(t.getAsJsonObject().get("lines")))
				.toList();
		assertTrue(segmentTags.contains(List.of("Gap 5 Customer", "-0.694 \u00b7 n 197 \u00b7 warning", "p <0.0001 \u00b7 worst of 2")),
				segmentTags.toString());
		assertTrue(segmentTags.contains(List.of("Value gap", "none for this segment")), segmentTags.toString());
		List<List<String>> segmentBoxes = segment.getAsJsonArray("boxes").asList().stream().map(GapFigureChromiumTest::strings).toList();
		assertTrue(segmentBoxes.contains(List.of("Expected service", "1 segment \u00b7 7 expectations")), segmentBoxes.toString());
		assertEquals(List.of(), strings(segment.get("overlaps")));
		assertEquals(List.of(), strings(segment.get("overflow")));
	}

	/** The figure as it opens on the example: the latest wave, 2026, whose tags say how each gap moved since 2025. */
	@Test
	void theLatestWaveSaysHowTheGapsMovedWithinTheirTags() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		document.analyse();
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			output = BrowserScript.run("figure-e2e.js", server.page(server.register(document), DiagramKind.GAP_MODEL).toString());
		}
		assertEquals(null, step(output, "page-problems"), "the page logged errors");
		JsonObject seen = JsonParser.parseString(step(output, "figure")).getAsJsonObject();
		List<List<String>> lines = seen.getAsJsonArray("tags").asList().stream().map(t -> strings(t.getAsJsonObject().get("lines"))).toList();
		// fixtures/example-waves.R: the transactional savers' customer gap -1.675 -> -0.955, Welch p < 0.0001
		assertTrue(lines.contains(List.of("Gap 5 Customer", "-0.955 \u00b7 n 302 \u00b7 warning", "p <0.0001 \u00b7 worst of 4", "improved vs 2025")),
				lines.toString());
		assertTrue(lines.stream().filter(l -> l.size() == 4).count() >= 5, "most kinds compared with 2025: " + lines);
		assertEquals(List.of(), strings(seen.get("overlaps")), "overlapping boxes or texts");
		assertEquals(List.of(), strings(seen.get("overflow")), "texts running out of their tag");
	}
}
