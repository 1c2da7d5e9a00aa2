package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crmgap report} on the example: a self-contained page with every section and its four charts. */
class ReportCommandTest {

	@TempDir
	Path dir;

	@Test
	void reportOfTheExampleHasEverySectionAndChart() throws Exception {
		Path out = dir.resolve("report.html");
		StringWriter text = new StringWriter();
		int code = HeadlessApplication.run(new String[] { "report", Examples.file(Examples.RETAIL_BANK).toString(), "--out",
				out.toString() }, new PrintWriter(text, true), new PrintWriter(text, true));
		assertEquals(0, code, text.toString());
		String html = Files.readString(out);
		for (String id : new String[] { "summary", "gaps", "actions", "trends", "charts", "indicators", "data", "dimension-gaps",
				"zone-of-tolerance", "importance-performance", "readiness" }) {
			assertTrue(html.contains("id=\"" + id + "\""), id);
		}
		assertEquals(4, count(section(html, "charts"), "<svg"), "four charts drawn as inline SVG");
		// every gap of the example is measured in both of its waves: a trend chart each
		int gaps = org.crmgap.model.persistence.ModelFiles.load(Examples.file(Examples.RETAIL_BANK)).getGaps().size();
		assertEquals(gaps, count(section(html, "trends"), "<figure class=\"trend\"><svg"), "a trend chart per gap");
		// the diagram bundle is in this fragment's runtime, as in the product: its five diagrams are inline too
		assertEquals(5, count(section(html, "diagrams"), "<svg"), "five diagrams drawn as inline SVG");
		assertFalse(html.contains("<script") || html.contains("src=\"http") || html.contains("href=\"http"),
				"self-contained: no scripts, nothing fetched");
		assertTrue(html.contains("Set realistic expectations"), "recommended actions from the catalogue");
		// the data of the latest wave, 2026
		assertTrue(html.contains("survey-2026.csv") && html.matches("(?s).*<code>[0-9a-f]{64}</code>.*"), "data fingerprints");
	}

	private static String section(String html, String id) {
		int start = html.indexOf("<section id=\"" + id + "\"");
		assertTrue(start >= 0, "section " + id);
		return html.substring(start, html.indexOf("</section>", start));
	}

	private static int count(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
