package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.crmgap.report.DiagramFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export --format svg and the report's diagrams, with the diagram bundle's service present as in the product (this
 * fragment's runtime adds the bundle and Felix SCR), and the error a headless install without it gives.
 */
class DiagramExportCommandTest {

	@TempDir
	Path dir;

	@Test
	void exportAllWritesOneSvgFilePerDiagram() throws Exception {
		Path model = Commands.copyExample(dir);
		Path out = dir.resolve("svg out");
		Commands.Run run = Commands.run("export", model.toString(), "--format", "svg", "--all", "--out", out.toString());
		assertEquals(0, run.code(), run.err());
		List<String> files;
		try (Stream<Path> list = Files.list(out)) {
			files = list.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertEquals(List.of("Communications.svg", "DIE-overview.svg", "Gap-model.svg", "Organisation.svg", "Relationship-profiles.svg"), files);
		for (String file : files) {
			String svg = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
			assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), file);
			assertTrue(run.out().contains("wrote " + out.resolve(file)), run.out());
		}
		assertTrue(Files.readString(out.resolve("Gap-model.svg")).contains(">Gap 5 Customer</text>"));
		assertFalse(Files.exists(dir.resolve("bank.crmgapnotation")), "the export writes nothing beside the model");
	}

	@Test
	void dataThatCannotBeReadLeavesTheGapsNotMeasured() throws Exception {
		Path model = Commands.copyExample(dir);
		Path survey = dir.resolve("data/survey-2026.csv");
		Files.delete(survey);
		Path out = dir.resolve("out");
		Commands.Run run = Commands.run("export", model.toString(), "--format", "svg", "--diagram", "DIE overview", "--out", out.toString());
		assertEquals(1, run.code(), run.err());
		assertEquals("warning: " + survey + ": file does not exist; the gaps are drawn as not measured\n", run.err().replace("\r", ""));
		String svg = Files.readString(out.resolve("DIE-overview.svg"));
		List<String> severities = java.util.regex.Pattern.compile("data-severity=\"([^\"]+)\"").matcher(svg).results()
				.map(m -> m.group(1)).distinct().toList();
		assertEquals(List.of("unknown"), severities, "every gap drawn as not measured");
		// a wave the model does not have is still an error, not unreadable data
		Commands.Run wave = Commands.run("export", model.toString(), "--format", "svg", "--all", "--wave", "Nope", "--out", out.toString());
		assertEquals(2, wave.code(), wave.err());
		assertTrue(wave.err().startsWith("error: ") && wave.err().contains("Nope"), wave.err());
	}

	@Test
	void oneDiagramByItsName() throws Exception {
		Path model = Commands.copyExample(dir);
		Commands.Run run = Commands.run("export", model.toString(), "--format", "svg", "--diagram", "Relationship profiles", "--out",
				dir.resolve("out").toString());
		assertEquals(0, run.code(), run.err());
		try (Stream<Path> list = Files.list(dir.resolve("out"))) {
			assertEquals(List.of("Relationship-profiles.svg"), list.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void anUnknownDiagramNameIsAnErrorListingTheNames() throws Exception {
		Path model = Commands.copyExample(dir);
		Commands.Run run = Commands.run("export", model.toString(), "--format", "svg", "--diagram", "Overview", "--out", dir.resolve("out").toString());
		assertEquals(2, run.code());
		assertEquals("error: no diagram named \"Overview\" in bank.crmgap; its diagrams: \"Gap model\", \"DIE overview\", \"Organisation\", "
				+ "\"Relationship profiles\", \"Communications\"", run.err().strip());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void svgNeedsAFolderAndEitherOneNameOrAll() throws Exception {
		Path model = Commands.copyExample(dir);
		Commands.Run run = Commands.run("export", model.toString(), "--format", "svg", "--out", dir.resolve("out").toString());
		assertEquals(2, run.code());
		assertEquals("error: --format svg needs --out DIR and either --diagram NAME or --all", run.err().strip());
	}

	@Test
	void withoutTheDiagramBundleTheExportSaysWhatIsMissing() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DiagramExport.write(null, Commands.copyExample(dir), null, false, dir.resolve("out"), null, new PrintWriter(out, true),
				new PrintWriter(err, true));
		assertEquals(2, code);
		assertEquals("error: SVG export needs the diagram bundle (org.crmgap.diagram), which is in the full product, not the headless feature",
				err.toString().strip());
		assertEquals("", out.toString());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void pngThroughChromiumWhenItIsThere() throws Exception {
		assumeTrue(PngRendering.available(), "no Chromium here");
		Path model = Commands.copyExample(dir);
		Commands.Run run = Commands.run("export", model.toString(), "--format", "png", "--diagram", "Gap model", "--out", dir.resolve("png").toString());
		assertEquals(0, run.code(), run.err());
		byte[] png = Files.readAllBytes(dir.resolve("png").resolve("Gap-model.png"));
		assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
		// IHDR: the figure's SVG size (1240 x 920)
		assertEquals(1240, ByteBuffer.wrap(png, 16, 4).getInt());
		assertEquals(920, ByteBuffer.wrap(png, 20, 4).getInt());
	}

	@Test
	void theReportEmbedsTheFigureAndTheDiagrams() throws Exception {
		assertTrue(DiagramFigures.find().isPresent(), "the service is registered (diagram bundle, Felix SCR)");
		Path model = Commands.copyExample(dir);
		Path report = dir.resolve("report.html");
		Commands.Run run = Commands.run("report", model.toString(), "--out", report.toString());
		assertEquals(0, run.code(), run.err());
		String html = Files.readString(report);
		assertTrue(html.contains("<section id=\"diagrams\"><h2>Diagrams</h2>"), "no diagrams section");
		assertTrue(html.contains("<figcaption>Gap model</figcaption>\n<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\""), "no inline figure");
		assertTrue(html.contains("<figcaption>DIE overview</figcaption>"), "no DIE overview");
		assertFalse(html.contains("<script"), "a script in the report");
		// an element on several diagrams has one id in each (the example's segments are on three)
		List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
		assertTrue(ids.size() > 200, "the diagrams' elements have ids: " + ids.size());
		assertEquals(List.of(), ids.stream().filter(id -> java.util.Collections.frequency(ids, id) > 1).distinct().limit(5).toList(),
				"ids that stand more than once in the report");
	}
}
