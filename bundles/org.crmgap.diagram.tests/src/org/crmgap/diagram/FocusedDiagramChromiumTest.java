package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.Gap;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.OrganisationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A second, focused DIE overview of the example opened by its id in headless Chromium (e2e/focused-e2e.js) and changed
 * with mouse and keys: Shift+R on the branch counter flow, Shift+H on City Branches, City Branches dropped back as the
 * workbench's Outline drops it, Ctrl+Z, a switch to the kind's first diagram and back in the same page (the workbench's
 * diagram choice), the "Show all" button; a page with an unknown id shows the server's message.
 * Screenshots focused-*.png.
 */
class FocusedDiagramChromiumTest {

	@TempDir
	Path dir;

	private static Set<String> names(JsonObject step) {
		return step.getAsJsonArray("names").asList().stream().map(JsonElement::getAsString).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void aModellerOpensAFocusedDiagramAndShowsAndHidesWithKeysAndMouse() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		Diagram overview = document.diagram(DiagramKind.DIE_OVERVIEW);
		Diagram focused = TestSession.branchQueuesDiagram(document);
		Gap queues = TestSession.branchQueues(document);
		OrganisationUnit city = document.model().getOrganisationUnits().stream().flatMap(u -> u.getSubUnits().stream())
				.filter(u -> u.getName().equals("City Branches")).findFirst().orElseThrow();
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			String token = server.register(document);
			output = BrowserScript.run("focused-e2e.js", server.page(token, DiagramKind.DIE_OVERVIEW, focused.getId()).toString(),
					"Branch counter service", "City Branches", server.page(token, DiagramKind.DIE_OVERVIEW, "no-such-diagram").toString(),
					document.id(city), overview.getId());
		}
		assertTrue(output.contains("E2E done"), output);
		assertEquals(List.of(), output.lines().filter(l -> l.startsWith("E2E page-problems")).toList(), "the page logged errors");

		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "City Branches"), names(BrowserScript.step(output, "opened")),
				"the focused diagram, not the kind's first");
		assertEquals(3, BrowserScript.step(output, "shortcut-help").getAsJsonArray("lists").size(), "Alt+H lists the three keys: " + output);
		JsonObject helpKey = BrowserScript.step(output, "help-key");
		assertTrue(helpKey.get("opened").getAsBoolean() && helpKey.get("listsItself").getAsBoolean(), "? opens the shortcut help: " + helpKey);
		JsonObject related = BrowserScript.step(output, "related");
		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "City Branches", "Transactional savers",
				"Relationship banking", "Account opening time"), names(related));
		assertEquals(0, related.get("overlaps").getAsInt(), "new nodes beside the others, not on them: " + related);
		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "Transactional savers", "Relationship banking",
				"Account opening time"), names(BrowserScript.step(output, "hidden")));

		JsonObject dropped = BrowserScript.step(output, "dropped");
		assertEquals(0, dropped.get("foreignAdded").getAsInt(), "text naming no element adds nothing: " + dropped);
		assertEquals(6, dropped.get("nodes").getAsInt(), dropped.toString());
		// centred under the pointer (the free spot on the 10-unit grid nearest to it)
		int distance = dropped.get("distance").getAsInt();
		assertTrue(distance >= 0 && distance <= 15, "City Branches drawn where it was dropped: " + dropped);
		assertEquals(List.of("Branch counter service"), dropped.getAsJsonArray("selected").asList().stream().map(JsonElement::getAsString)
				.toList(), "an element already shown is selected, not added twice");
		JsonObject undone = BrowserScript.step(output, "drop-undone");
		assertEquals(5, undone.get("nodes").getAsInt(), undone.toString());
		assertTrue(!undone.get("drawn").getAsBoolean(), "Ctrl+Z took the dropped element away: " + undone);

		// the diagram choice switches in the page: the kind's first diagram, an unknown one refused, back again
		JsonObject switched = BrowserScript.step(output, "switched");
		assertEquals(101, switched.get("nodes").getAsInt(), switched.toString());
		assertTrue(switched.get("samePage").getAsBoolean(), "switched without loading the page again: " + switched);
		assertEquals(overview.getId(), switched.get("diagram").getAsString(), "the address names the diagram shown: " + switched);
		assertEquals("loaded", switched.get("status").getAsString());
		JsonObject refused = BrowserScript.step(output, "switch-refused");
		assertEquals(101, refused.get("nodes").getAsInt(), "the page keeps the diagram it shows: " + refused);
		assertEquals(overview.getId(), refused.get("diagram").getAsString(), refused.toString());
		assertEquals("There is no DIE overview diagram with id \"no-such-diagram\" in retail-bank.crmgap; it may have been deleted."
				+ " Open the diagram again from the editor.", refused.get("error").getAsString());
		JsonObject back = BrowserScript.step(output, "switched-back");
		assertEquals(5, back.get("nodes").getAsInt(), back.toString());
		assertTrue(back.get("samePage").getAsBoolean() && back.get("error").isJsonNull(), back.toString());
		assertEquals(focused.getId(), back.get("diagram").getAsString(), back.toString());

		assertEquals(101, BrowserScript.step(output, "all").get("nodes").getAsInt());

		JsonObject unknown = BrowserScript.step(output, "unknown");
		assertEquals("There is no DIE overview diagram with id \"no-such-diagram\" in retail-bank.crmgap; it may have been deleted."
				+ " Open the diagram again from the editor.", unknown.get("error").getAsString());
		assertTrue(unknown.get("status").getAsString().startsWith("error: "), unknown.toString());

		// on the server: the focused diagram has them all, City Branches stayed in the model, the first diagram is untouched
		assertEquals(101, focused.getShapes().size());
		assertTrue(focused.getShapes().stream().map(Shape::getElement).anyMatch(document.id(city)::equals));
		assertEquals(101, overview.getShapes().size());
		InteractionFlow counter = queues.getActual() instanceof InteractionFlow f ? f : null;
		assertEquals("Branch counter service", counter.getName());
	}
}
