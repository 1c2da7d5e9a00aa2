package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crmgap.diagram.notation.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Edge-creation feedback in headless Chromium (e2e/edge-feedback-e2e.js) on the branch-queues focused diagram: while
 * drawing, a target the server would refuse (a gap from the standard to itself, "performed by" to the unit that performs
 * the flow already) is marked not allowed, red and dashed; a valid one allowed. Screenshots edge-feedback-*.png.
 */
class EdgeFeedbackChromiumTest {

	@TempDir
	Path dir;

	private static void notAllowed(JsonObject hover) {
		assertEquals("[\"edge-modification-not-allowed-mode\"]", hover.get("modes").toString(), hover.toString());
		assertEquals("rgb(208, 48, 48)", hover.get("stroke").getAsString(), "the hovered node is marked: " + hover);
		assertTrue(!hover.get("dash").getAsString().equals("none"), hover.toString());
	}

	@Test
	void targetsTheServerWouldRefuseAreMarkedWhileDrawing() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		Diagram focused = TestSession.branchQueuesDiagram(document);
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			String token = server.register(document);
			output = BrowserScript.run("edge-feedback-e2e.js", server.page(token, DiagramKind.DIE_OVERVIEW, focused.getId()).toString(),
					"Branch queue waiting time", "Branch counter service", "City Branches");
		}
		assertTrue(output.contains("E2E done"), output);
		assertEquals(List.of(), output.lines().filter(l -> l.startsWith("E2E page-problems")).toList(), "the page logged errors");
		notAllowed(BrowserScript.step(output, "gap-to-itself"));
		JsonObject toFlow = BrowserScript.step(output, "gap-to-flow");
		assertEquals("[\"edge-creation-select-target-mode\"]", toFlow.get("modes").toString(), toFlow.toString());
		assertEquals("rgb(46, 157, 79)", toFlow.get("stroke").getAsString(), toFlow.toString());
		notAllowed(BrowserScript.step(output, "performer-again"));
		assertEquals(BrowserScript.step(output, "opened").get("count").getAsInt(), BrowserScript.step(output, "edges").get("count").getAsInt(),
				"nothing was drawn");
	}
}
