package org.crmgap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.examples.Examples;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;

/**
 * The report's diagrams with a stand-in for the diagram bundle's service (the real one: DiagramExportCommandTest in
 * org.crmgap.cli.tests), and without one, as in the headless feature.
 */
class DiagramsSectionTest {

	private static final String FIGURE = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Gap model</title></svg>";

	/** Draws two diagrams and remembers the analysis it was given. */
	private static class Stub implements DiagramFigures {
		ModelAnalysisResult given;

		@Override
		public List<String> names(Path modelFile) {
			return List.of("Gap model", "Savers <b> & \"co\"");
		}

		@Override
		public Map<String, String> svg(Path modelFile, ModelAnalysisResult result, List<String> names) throws IOException {
			given = result;
			Map<String, String> svgs = new LinkedHashMap<>();
			svgs.put("Gap model", FIGURE);
			svgs.put("Savers <b> & \"co\"", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
			return svgs;
		}
	}

	private static HtmlReport report() throws Exception {
		Path model = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(model);
		return new HtmlReport(bank, ModelAnalysis.analyse(bank, model));
	}

	@Test
	void theFigureAndTheDiagramsAreInlineWithTheirNamesEscaped() throws Exception {
		Stub stub = new Stub();
		String html = report().withDiagrams(stub, Examples.file(Examples.RETAIL_BANK)).render();
		assertTrue(html.contains("<section id=\"diagrams\"><h2>Diagrams</h2>\n<figure id=\"diagram-1\"><figcaption>Gap model</figcaption>\n"
				+ "<div class=\"scroll\">" + FIGURE + "</div></figure>"), "the figure inline");
		assertTrue(html.contains("<figcaption>Savers &lt;b&gt; &amp; &quot;co&quot;</figcaption>"), "the name escaped");
		assertFalse(html.contains("<b>"));
		assertTrue(stub.given != null, "the diagrams are coloured by the report's own analysis");
	}

	@Test
	void withoutTheServiceOneLineSaysWhy() throws Exception {
		String html = report().withDiagrams(null, Examples.file(Examples.RETAIL_BANK)).render();
		assertFalse(html.contains("<section id=\"diagrams\">"));
		assertTrue(html.contains("<p id=\"diagrams\" class=\"note\">Diagrams are left out: SVG export needs the diagram bundle "
				+ "(org.crmgap.diagram), which is in the full product, not the headless feature.</p>"), "the reason");
		assertEquals(-1, html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\""));
	}

	@Test
	void aDrawingThatFailsLeavesTheReportWhole() throws Exception {
		DiagramFigures failing = new Stub() {
			@Override
			public Map<String, String> svg(Path modelFile, ModelAnalysisResult result, List<String> names) throws IOException {
				throw new IOException("no layout");
			}
		};
		String html = report().withDiagrams(failing, Examples.file(Examples.RETAIL_BANK)).render();
		assertTrue(html.contains("Diagrams are left out: they could not be drawn (no layout).</p>"));
		assertTrue(html.contains("<section id=\"gaps\">"));
	}
}
