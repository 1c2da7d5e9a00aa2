package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.NamedElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The context menu in headless Chromium (e2e/menu-e2e.js) on a focused diagram of the example (the branch-queues gap:
 * Branch queue waiting time, Branch counter service, City Branches): right-click the flow, Show related ▸ serves adds
 * the two segments it serves and nothing else; Shift+F10, Down, Enter hides Transactional savers; Escape closes; Open
 * in tree passes the id to the host. Screenshots menu-*.png.
 */
class ContextMenuChromiumTest {

	@TempDir
	Path dir;

	private static Set<String> names(JsonObject step) {
		return step.getAsJsonArray("names").asList().stream().map(JsonElement::getAsString).collect(Collectors.toCollection(TreeSet::new));
	}

	/** Label to greyed, in menu order. */
	private static Map<String, Boolean> disabled(JsonObject menu, String list) {
		Map<String, Boolean> map = new LinkedHashMap<>();
		menu.getAsJsonArray(list).forEach(e -> map.put(e.getAsJsonObject().get("label").getAsString(), e.getAsJsonObject().get("disabled").getAsBoolean()));
		return map;
	}

	@Test
	void aModellerShowsRelatedByKindHidesAndOpensInTreeFromTheMenu() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		Diagram focused = TestSession.branchQueuesDiagram(document);
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			String token = server.register(document);
			output = BrowserScript.run("menu-e2e.js", server.page(token, DiagramKind.DIE_OVERVIEW, focused.getId()).toString(),
					"Branch counter service", "serves", "Transactional savers", "City Branches");
		}
		assertTrue(output.contains("E2E done"), output);
		assertEquals(List.of(), output.lines().filter(l -> l.startsWith("E2E page-problems")).toList(), "the page logged errors");

		Map<String, Boolean> node = disabled(BrowserScript.step(output, "node-menu"), "items");
		assertEquals(List.of("Delete", "Hide", "Show related", "Show all", "Layout", "Open in tree"), List.copyOf(node.keySet()));
		assertFalse(node.containsValue(true), "all enabled on a shown node of a focused diagram: " + node);
		Map<String, Boolean> kinds = disabled(BrowserScript.step(output, "related-menu"), "sub");
		assertEquals(false, kinds.get("All relations"));
		assertEquals(false, kinds.get("serves"));
		assertEquals(true, kinds.get("performed by"), "its performer City Branches is shown already");

		// serves: exactly the two segments the flow serves (retail-bank.crmgap, servedSegments of Branch counter service)
		JsonObject related = BrowserScript.step(output, "related");
		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "City Branches", "Transactional savers",
				"Relationship banking"), names(related));
		assertFalse(related.get("menuOpen").getAsBoolean());

		JsonObject keys = BrowserScript.step(output, "keyboard-menu");
		assertEquals("Delete", keys.get("first").getAsString(), "the menu opens with its first entry focused");
		assertEquals("Hide", keys.get("focused").getAsString());
		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "City Branches", "Relationship banking"),
				names(BrowserScript.step(output, "hidden")));

		JsonObject escape = BrowserScript.step(output, "escape");
		assertFalse(escape.get("menuOpen").getAsBoolean());
		assertEquals(4, escape.get("nodes").getAsInt());

		JsonObject open = BrowserScript.step(output, "open-in-tree");
		assertEquals(List.of(open.get("expected")), open.getAsJsonArray("revealed").asList());

		Map<String, Boolean> canvas = disabled(BrowserScript.step(output, "canvas-menu"), "items");
		assertEquals(Map.of("Delete", true, "Hide", true, "Show related", true, "Show all", false, "Layout", false, "Open in tree", true), canvas);

		// on the server: the notation holds exactly what the page showed
		Set<String> onServer = focused.getShapes().stream().map(s -> ((NamedElement) document.element(s.getElement())).getName())
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "City Branches", "Relationship banking"), onServer);
	}
}
