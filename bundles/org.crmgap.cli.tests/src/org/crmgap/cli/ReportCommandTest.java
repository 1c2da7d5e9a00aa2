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
		for (String id : new String[] { "summary", "gaps", "charts", "indicators", "data", "dimension-gaps",
				"zone-of-tolerance", "importance-performance", "readiness" }) {
			assertTrue(html.contains("id=\"" + id + "\""), id);
		}
		// the diagram bundle is in this fragment's runtime, as in the product: its five diagrams are inline too
		assertEquals(4 + 5, count(html, "<svg"), "four charts and five diagrams drawn as inline SVG");
		assertFalse(html.contains("<script") || html.contains("src=\"http") || html.contains("href=\"http"),
				"self-contained: no scripts, nothing fetched");
		assertTrue(html.contains("Set realistic expectations"), "recommended actions from the catalogue");
		assertTrue(html.contains("survey.csv") && html.matches("(?s).*<code>[0-9a-f]{64}</code>.*"), "data fingerprints");
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
