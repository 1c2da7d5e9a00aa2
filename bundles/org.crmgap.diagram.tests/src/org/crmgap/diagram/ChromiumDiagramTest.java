package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

	private final Path client = Path.of(System.getProperty("crmgap.client.dir", "../org.crmgap.diagram.client")).toAbsolutePath()
			.normalize();
	private final Path script = client.resolve("e2e/diagram-e2e.js");
	private final Path out = Path.of(System.getProperty("crmgap.screenshots", "target/screenshots")).resolve("chromium");

	/** Runs the browser script and returns its output; fails on a non-zero exit. */
	private String chromium(String... args) throws Exception {
		assertTrue(Files.isRegularFile(script), "missing " + script);
		assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is needed: apt-get install chromium (./crmgap test does)");
		List<String> command = new java.util.ArrayList<>(List.of("node", script.toString()));
		command.addAll(List.of(args));
		Process node = new ProcessBuilder(command).directory(client.toFile()).redirectErrorStream(true).start();
		if (!node.waitFor(150, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			fail("the Chromium run did not finish in 150 s");
		}
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		System.out.println(output);
		assertEquals(0, node.exitValue(), output);
		return output;
	}

	@Test
	void everyDiagramKindOfTheExampleRenders() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		document.analyse();
		// nodes per kind, counted in retail-bank.crmgap
		java.util.Map<DiagramKind, Integer> nodes = java.util.Map.of(DiagramKind.DIE_OVERVIEW, 99, DiagramKind.ORGANISATION, 46,
				DiagramKind.PROFILES, 32, DiagramKind.COMMUNICATIONS, 48);
		try (DiagramServer server = DiagramServer.start()) {
			for (DiagramKind kind : DiagramKind.values()) {
				String output = chromium(server.page(server.register(document), kind).toString(), out.toString(), "kind-" + kind.id());
				assertTrue(output.contains("\"nodes\":" + nodes.get(kind) + ","), kind + ": " + output);
				assertTrue(Files.size(out.resolve("kind-" + kind.id() + ".png")) > 10_000);
			}
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
			String output = chromium(server.page(token, DiagramKind.DIE_OVERVIEW).toString(), out.toString());
			List<String> steps = output.lines().filter(l -> l.startsWith("E2E ")).map(l -> l.split(" ")[1]).toList();
			assertEquals(List.of("rendered", "created", "edge", "renamed", "undone", "svg", "png", "done"),
					steps.stream().filter(s -> !s.equals("page-problems")).toList(), output);
			assertTrue(output.contains("\"nodes\":99,"), "the 99 elements of the example are drawn: " + output);
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
