package org.crmgap.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.crmgap.examples.Examples;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;

/** The HTML report is safe against hostile names in the model (the sections and charts: ReportCommandTest in org.crmgap.cli.tests). */
class HtmlReportTest {

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
}
