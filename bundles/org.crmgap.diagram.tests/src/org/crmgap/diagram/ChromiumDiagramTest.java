package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client in headless Chromium against the real server: render the example, create a node from the palette,
 * draw a gap, rename, undo, export SVG. The browser part is e2e/diagram-e2e.js (playwright-core); this test checks
 * what arrived in the model. Screenshots go to target/screenshots.
 */
class ChromiumDiagramTest {

	@TempDir
	Path dir;

	private final Path out = BrowserScript.SCREENSHOTS;

	/**
	 * Console errors and page errors the diagram page may log without anything being wrong for the user, each with
	 * the reason. Everything else the page reports fails the test.
	 */
	private static final List<Pattern> HARMLESS = List.of();

	/** Runs e2e/diagram-e2e.js on the page and returns its output; fails on a non-zero exit or on page errors. */
	private String chromium(String url, String... args) throws Exception {
		String output = BrowserScript.run("diagram-e2e.js", url, args);
		List<String> problems = pageProblems(output).stream().filter(p -> HARMLESS.stream().noneMatch(h -> h.matcher(p).find())).toList();
		assertEquals(List.of(), problems, "the diagram page logged errors");
		return output;
	}

	/** The page's console errors and uncaught errors, from the script's "page-problems" step. */
	private static List<String> pageProblems(String output) {
		List<String> problems = new ArrayList<>();
		output.lines().filter(l -> l.startsWith("E2E page-problems ")).forEach(l -> {
			Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(l);
			while (m.find()) {
				problems.add(m.group(1));
			}
		});
		return problems;
	}

	/** The number the script reported for {@code key} in its step {@code step}. */
	private static int reported(String output, String step, String key) {
		String line = output.lines().filter(l -> l.startsWith("E2E " + step + " ")).findFirst()
				.orElseThrow(() -> new AssertionError("no step " + step + ": " + output));
		Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(line);
		assertTrue(m.find(), line);
		return Integer.parseInt(m.group(1));
	}

	/** The decimal number the script reported for {@code key} in its step {@code step}. */
	private static double measured(String output, String step, String key) {
		String line = output.lines().filter(l -> l.startsWith("E2E " + step + " ")).findFirst()
				.orElseThrow(() -> new AssertionError("no step " + step + ": " + output));
		Matcher m = Pattern.compile("\"" + key + "\":(-?[\\d.]+)").matcher(line);
		assertTrue(m.find(), line);
		return Double.parseDouble(m.group(1));
	}

	/**
	 * Readable as it opens and after Fit, measured from the DOM by e2e/readability.js: labels at least 11 px on screen
	 * as the page opens; at full size no overlapping nodes, no overlapping labels, no shortened or overflowing names;
	 * the drawing's aspect ratio within 1:3 of the viewport's; after Fit, no node under the page's toolbar or palette button.
	 */
	private static void assertReadable(String what, String output) {
		String opening = step(output, "opening");
		String full = step(output, "full-size");
		List<String> problems = new ArrayList<>();
		check(problems, measured(output, "opening", "minFontPx") >= 11, "smallest label font at opening below 11 px: " + opening);
		check(problems, measured(output, "full-size", "nodeOverlaps") == 0, "overlapping nodes: " + full);
		check(problems, measured(output, "full-size", "labelOverlaps") == 0, "overlapping labels: " + full);
		check(problems, measured(output, "full-size", "cutLabels") == 0, "names cut or running out of their node: " + full);
		// the edges keep ELK's routes around the nodes (the client's router alone drew 111 across nodes on the overview)
		check(problems, measured(output, "full-size", "edgesThroughNodes") == 0, "edges drawn across nodes: " + full);
		check(problems, step(output, "fitted").contains("\"underControls\":[]"), "nodes under the toolbar or palette button after Fit: "
				+ step(output, "fitted"));
		double aspect = measured(output, "fitted", "aspect");
		check(problems, aspect >= 1 / 3.0 && aspect <= 3, "aspect ratio " + aspect + " of the viewport's, not within 1:3: " + step(output, "fitted"));
		assertEquals(List.of(), problems, what + " is not readable");
	}

	private static String step(String output, String step) {
		return output.lines().filter(l -> l.startsWith("E2E " + step + " ")).findFirst().orElse("(no step " + step + ")");
	}

	private static void check(List<String> problems, boolean ok, String problem) {
		if (!ok) {
			problems.add(problem);
		}
	}

	@Test
	void everyDiagramKindOfTheExampleRenders() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		document.analyse();
		// nodes per kind, counted in retail-bank.crmgap
		java.util.Map<DiagramKind, Integer> nodes = java.util.Map.of(DiagramKind.DIE_OVERVIEW, 101, DiagramKind.ORGANISATION, 46,
				DiagramKind.PROFILES, 32, DiagramKind.COMMUNICATIONS, 48);
		java.util.Map<DiagramKind, String> outputs = new java.util.EnumMap<>(DiagramKind.class);
		try (DiagramServer server = DiagramServer.start()) {
			for (DiagramKind kind : DiagramKind.values()) {
				if (kind.isTemplate()) {
					continue; // the figure has no nodes per element (GapFigureChromiumTest)
				}
				String output = chromium(server.page(server.register(document), kind).toString(), "kind-" + kind.id());
				assertEquals(nodes.get(kind), reported(output, "rendered", "nodes"), kind + ": " + output);
				// fitted to the screen, every node is drawn inside the viewport of the screenshot
				assertEquals(nodes.get(kind), reported(output, "fitted", "inView"), kind + ": " + output);
				assertTrue(Files.size(out.resolve("kind-" + kind.id() + ".png")) > 10_000);
				assertTrue(Files.size(out.resolve("kind-" + kind.id() + "-opening.png")) > 10_000);
				outputs.put(kind, output);
			}
		}
		// every kind measured before judging any, so one run shows them all
		outputs.forEach((kind, output) -> System.out.println(kind + " "
				+ output.lines().filter(l -> l.matches("E2E (opening|fitted|full-size) .*")).toList()));
		outputs.forEach((kind, output) -> assertReadable(kind.label(), output));
	}

	@Test
	void aGeneratedModelOf200NodesIsReadable() throws Exception {
		Path file = dir.resolve("synthetic.crmgap");
		int nodes = org.crmgap.examples.SyntheticDiagramModel.write(file, 200);
		DiagramDocument document = DiagramDocument.open(file);
		try (DiagramServer server = DiagramServer.start()) {
			String output = chromium(server.page(server.register(document), DiagramKind.DIE_OVERVIEW).toString(), "generated-200");
			assertEquals(nodes, reported(output, "rendered", "nodes"), output);
			assertEquals(nodes, reported(output, "fitted", "inView"), output);
			assertReadable("the DIE overview of a generated model of 200 nodes", output);
		}
	}

	@Test
	void aModellerDrawsOnTheExampleInChromium() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		document.analyse();
		int segments = document.model().getSegments().size();
		int gaps = document.model().getGaps().size();
		try (DiagramServer server = DiagramServer.start()) {
			String token = server.register(document);
			String output = chromium(server.page(token, DiagramKind.DIE_OVERVIEW).toString());
			List<String> steps = output.lines().filter(l -> l.startsWith("E2E ")).map(l -> l.split(" ")[1]).toList();
			assertEquals(List.of("rendered", "opening", "fitted", "full-size", "badges", "created", "edge", "renamed", "undone", "svg", "png",
					"done"), steps, output);
			assertEquals(101, reported(output, "rendered", "nodes"), "the 101 elements of the example are drawn: " + output);
			// the example's one open action, overdue, on the relationship empathy gap (a warning in 2026): its label's badge
			String badges = output.lines().filter(l -> l.startsWith("E2E badges ")).findFirst().orElseThrow().substring("E2E badges ".length());
			assertEquals(com.google.gson.JsonParser.parseString("[{\"label\":\"Gap 5 Customer -0.84\",\"count\":\"1\",\"overdue\":true,"
					+ "\"clear\":true,\"fill\":\"rgb(138, 93, 0)\",\"weight\":\"600\"}]"), com.google.gson.JsonParser.parseString(badges), badges);
			assertEquals(101, reported(output, "fitted", "inView"), "all of them in view after Fit: " + output);
		}
		// what the browser did arrived in the model
		assertEquals(segments + 1, document.model().getSegments().size());
		CustomerSegment created = document.model().getSegments().get(segments);
		assertEquals("New customer segment", created.getName(), "the rename was undone");
		assertEquals(gaps + 1, document.model().getGaps().size());
		Gap drawn = document.model().getGaps().get(gaps);
		assertEquals(GapKind.CUSTOMER, drawn.getKind());
		assertEquals(created, drawn.getActual());
		String svg = Files.readString(out.resolve("diagram.svg"));
		assertTrue(svg.startsWith("<svg") && svg.contains("New customer segment"), svg.substring(0, Math.min(200, svg.length())));
		byte[] png = Files.readAllBytes(out.resolve("diagram.png"));
		assertTrue(png.length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG of the diagram");
	}
}
