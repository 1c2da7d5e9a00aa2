package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Relation;
import org.crmgap.indicators.GapFinding;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * GLSP's editing aids on the analysed example in headless Chromium (e2e/aids-e2e.js), used with mouse and keys: the
 * hover popup of a gap, the command palette revealing an element by name, Alt+P and zoom keys, a refused rename with
 * its message, grid snapping while dragging, and a drop onto another node going back. Screenshots aids-*.png.
 */
class DiagramAidsChromiumTest {

	private static final String REVEALED = "Short queues in the branch";
	private static final String TAKEN = "Transactional savers: tangibles";
	private static final String RENAMED = "Transactional savers: empathy";

	@TempDir
	Path dir;

	private static double[] point(JsonObject step, String key) {
		var array = step.getAsJsonArray(key);
		return new double[] { array.get(0).getAsDouble(), array.get(1).getAsDouble() };
	}

	@Test
	void aModellerUsesTheEditingAidsWithMouseAndKeys() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		document.analyse();
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			output = BrowserScript.run("aids-e2e.js", server.page(server.register(document), DiagramKind.DIE_OVERVIEW).toString(), REVEALED, TAKEN,
					RENAMED);
		}
		assertTrue(output.contains("E2E done"), output);
		assertEquals(List.of(), output.lines().filter(l -> l.startsWith("E2E page-problems")).toList(), "the page logged errors");

		// the popup of the hovered gap says what the analysis found for it
		JsonObject popup = BrowserScript.step(output, "gap-popup");
		assertTrue(popup.get("onTop").getAsBoolean(), "the popup is drawn over the toolbar, not under it: " + popup);
		String labelId = popup.get("label").getAsString();
		GapFinding finding = document.findings().get(labelId.substring(0, labelId.length() - "_label".length()));
		String text = popup.get("text").getAsString();
		assertTrue(text.contains(String.format(Locale.ROOT, "%+.3f", finding.value())) && text.contains("n = " + finding.n())
				&& text.contains("Severity: " + finding.severity().getLiteral()), finding + " in the popup: " + text);

		// a relation's name is drawn on the edge under the mouse only
		JsonObject relation = BrowserScript.step(output, "relation-name");
		assertEquals(0, relation.getAsJsonArray("before").size(), "no relation name before the mouse is on the edge: " + relation);
		assertEquals(List.of(Relation.HAS_EXPECTATION.label()), relation.getAsJsonArray("hovered").asList().stream().map(e -> e.getAsString()).toList(),
				"the hovered edge's relation name: " + relation);

		JsonObject revealed = BrowserScript.step(output, "revealed");
		assertEquals("Reveal " + REVEALED + " (Expectation)", revealed.get("suggestion").getAsString());
		assertTrue(revealed.get("selected").getAsBoolean(), "the revealed element is selected: " + revealed);
		assertTrue(Math.abs(revealed.get("dx").getAsInt()) < 60 && Math.abs(revealed.get("dy").getAsInt()) < 60,
				"the revealed element is in the middle of the view: " + revealed);

		JsonObject keys = BrowserScript.step(output, "keys");
		assertTrue(keys.get("zoomAfter").getAsDouble() > keys.get("zoomBefore").getAsDouble(), "NumpadAdd zooms in: " + keys);
		assertTrue(keys.get("height").getAsDouble() > 100 && keys.get("shortcuts").getAsInt() > 5, "Alt+P opens the palette with keys: " + keys);
		assertTrue(!keys.get("focusToast").getAsBoolean(), "no focus toast over the diagram: " + keys);

		JsonObject refused = BrowserScript.step(output, "label-refused");
		assertTrue(refused.get("message").getAsString().contains("already named \"" + TAKEN + "\""), refused.toString());
		CustomerSegment savers = document.model().getSegments().get(0);
		List<String> names = savers.getExpectations().stream().map(Expectation::getName).toList();
		assertTrue(names.contains(RENAMED), "the refused rename did not reach the model: " + names);

		JsonObject dragged = BrowserScript.step(output, "dragged");
		double[] from = point(dragged, "from");
		double[] to = point(dragged, "to");
		// moved (the free step next to it may be straight down or up: the layout decides), then snapped
		assertTrue(from[0] != to[0] || from[1] != to[1], "the node moved: " + dragged);
		assertEquals(0, to[0] % 10, 1e-9, "snapped to the 10 px grid: " + dragged);
		assertEquals(0, to[1] % 10, 1e-9, "snapped to the 10 px grid: " + dragged);

		JsonObject helper = BrowserScript.step(output, "helper-lines");
		assertTrue(helper.get("lines").getAsInt() > 0, "helper lines while a node is level with its neighbour: " + helper);
		assertEquals(helper.get("levelWith").getAsDouble(), point(helper, "to")[1], "dropped level with the other: " + helper);

		JsonObject overlap = BrowserScript.step(output, "overlap-refused");
		assertEquals(point(overlap, "before")[0], point(overlap, "after")[0], "a node dropped onto another goes back: " + overlap);
		assertEquals(point(overlap, "before")[1], point(overlap, "after")[1], "a node dropped onto another goes back: " + overlap);
		// and where the user left it is in the notation
		Expectation empathy = savers.getExpectations().stream().filter(e -> RENAMED.equals(e.getName())).findFirst().orElseThrow();
		Shape shape = document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().stream()
				.filter(s -> s.getElement().equals(document.id(empathy))).findFirst().orElseThrow();
		assertEquals(to[0], shape.getX(), 1e-9, "the dragged position is in the notation");
		assertEquals(to[1], shape.getY(), 1e-9, "the dragged position is in the notation");
	}

	@Test
	void namesThatAreHtmlStayTextInThePalettes() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		String hostile = "Savers <img src=x onerror=\"window.crmgapPwned=1\"> & co";
		document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.domain(), document.model().getSegments().get(0),
				org.crmgap.model.CrmGapPackage.Literals.NAMED_ELEMENT__NAME, hostile));
		String output;
		try (DiagramServer server = DiagramServer.start()) {
			output = BrowserScript.run("hostile-names-e2e.js", server.page(server.register(document), DiagramKind.DIE_OVERVIEW).toString(), "Savers <img");
		}
		for (String list : List.of("command-palette", "search")) {
			JsonObject seen = BrowserScript.step(output, list);
			assertEquals(0, seen.get("images").getAsInt(), list + ": a name became HTML: " + seen);
			assertTrue(!seen.get("ran").getAsBoolean(), list + ": the name's script ran: " + seen);
			assertTrue(seen.getAsJsonArray("texts").asList().stream().anyMatch(t -> t.getAsString().contains(hostile)),
					list + ": the name is listed as written: " + seen);
		}
	}
}
