package org.crmgap.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmgap.cli.HeadlessApplication;
import org.crmgap.examples.Examples;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of the example: self-contained, with its charts, and safe against hostile names. */
class HtmlReportTest {

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
		assertEquals(4, count(html, "<svg"), "four charts drawn as inline SVG");
		assertFalse(html.contains("<script") || html.contains("src=\"http") || html.contains("href=\"http"),
				"self-contained: no scripts, nothing fetched");
		assertTrue(html.contains("Set realistic expectations"), "recommended actions from the catalogue");
		assertTrue(html.contains("survey.csv") && html.matches("(?s).*<code>[0-9a-f]{64}</code>.*"), "data fingerprints");
	}

	@Test
	void namesFromTheModelAreEscaped() throws Exception {
		Path model = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(model);
		bank.setName("<script>alert('x')</script> & Co");
		bank.getGaps().get(0).setName("<img src=x onerror=alert(1)>");
		String html = new HtmlReport(bank, ModelAnalysis.analyse(bank, model)).render();
		assertFalse(html.contains("<script>") || html.contains("<img"), "markup from the model must not reach the page");
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
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
