package org.crmgap.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crmgap.data.DataFingerprint;
import org.crmgap.indicators.GapKinds;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.indicators.Indicator;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.ServqualResult;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.Severity;
import org.crmgap.model.persistence.AtomicFiles;

/**
 * One self-contained HTML file (inline CSS and SVG, no scripts, nothing fetched): summary, the diagrams, the model's
 * gaps with causes and actions, whether the planned actions worked, the gaps across the waves, charts, every indicator
 * by gap kind, and the data that produced them.
 */
public final class HtmlReport {

	private final GapModel model;
	private final ModelAnalysisResult result;
	private final StringBuilder html = new StringBuilder(256 * 1024);
	private Map<String, String> diagrams;
	private String diagramsAbsent;

	public HtmlReport(GapModel model, ModelAnalysisResult result) {
		this.model = model;
		this.result = result;
	}

	/** Adds the model's diagrams as inline SVG when the platform has the diagram service, else one line saying why not. */
	public HtmlReport withDiagrams(Path modelFile) {
		return withDiagrams(DiagramFigures.find().orElse(null), modelFile);
	}

	HtmlReport withDiagrams(DiagramFigures figures, Path modelFile) {
		diagrams = null;
		if (figures == null) {
			diagramsAbsent = "Diagrams are left out: " + DiagramFigures.ABSENT + ".";
			return this;
		}
		try {
			diagrams = figures.svg(modelFile, result, List.of());
		} catch (IOException | RuntimeException e) {
			// the report stays useful without the pictures; a program error goes to the log with its trace
			diagramsAbsent = "Diagrams are left out: they could not be drawn (" + (e.getMessage() == null ? e.getClass().getSimpleName()
					: e.getMessage()) + ").";
			System.getLogger(HtmlReport.class.getName()).log(System.Logger.Level.WARNING, "Diagrams of " + modelFile + " not drawn", e);
		}
		return this;
	}

	public void write(Path file) throws IOException {
		AtomicFiles.replace(file, render().getBytes(StandardCharsets.UTF_8));
	}

	public String render() {
		html.setLength(0);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
				.append(Html.text(result.model())).append(" — CRM gap report</title>\n<style>").append(STYLE).append("</style></head><body>\n");
		html.append("<h1>").append(Html.text(result.model())).append("</h1>\n<p class=\"lead\">CRM gap analysis: DIE model over SERVQUAL</p>\n");
		summary();
		DiagramsSection.append(html, diagrams, diagramsAbsent);
		findings();
		ActionsSection.append(html, result.actions());
		TrendsSection.append(html, result.trends());
		charts();
		indicators();
		data();
		html.append("</body></html>\n");
		return html.toString();
	}

	private void summary() {
		Map<Severity, Long> counts = result.gaps().stream().collect(Collectors.groupingBy(GapFinding::severity, TreeMap::new,
				Collectors.counting()));
		html.append("<section id=\"summary\"><h2>Summary</h2><p>");
		for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOT_JUDGED, Severity.OK, Severity.UNKNOWN)) {
			html.append("<span class=\"badge ").append(s.getLiteral()).append("\">").append(counts.getOrDefault(s, 0L))
					.append(' ').append(SeverityOrder.label(s)).append("</span> ");
		}
		html.append("gaps of ").append(result.gaps().size()).append(" judged; ").append(result.indicators().size())
				.append(" indicators computed.</p></section>\n");
	}

	private void findings() {
		html.append("<section id=\"gaps\"><h2>Gaps</h2><table><tr><th>severity</th><th>kind</th><th>gap</th><th>indicator</th>")
				.append("<th>value</th><th>p</th><th>n</th><th>causes</th><th>recommended actions</th></tr>\n");
		for (GapFinding f : result.gaps()) {
			html.append("<tr><td><span class=\"badge ").append(f.severity().getLiteral()).append("\">").append(SeverityOrder.label(f.severity()))
					.append("</span></td><td>").append(GapKinds.title(f.kind())).append("</td><td>").append(Html.text(f.gap()))
					.append("</td><td>").append(Html.text(f.indicator())).append("</td><td class=\"n\">").append(Html.num(f.value()))
					.append("</td><td class=\"n\">").append(Html.p(f.p())).append("</td><td class=\"n\">").append(f.n())
					.append("</td><td>").append(list(f.causes())).append("</td><td>").append(list(f.actions())).append("</td></tr>\n");
		}
		html.append("</table></section>\n");
	}

	private static String list(List<String> items) {
		return items.isEmpty() ? "" : "<ul>" + items.stream().map(i -> "<li>" + Html.text(i) + "</li>").collect(Collectors.joining()) + "</ul>";
	}

	private void charts() {
		html.append("<section id=\"charts\"><h2>Charts</h2>\n");
		ServqualResult survey = result.survey();
		if (survey != null && !survey.groups().isEmpty()) {
			figure("dimension-gaps", Charts.svg(Charts.dimensionGaps(survey)));
			figure("zone-of-tolerance", Charts.svg(Charts.zoneOfTolerance(survey.groups().get(0))));
			figure("importance-performance", Charts.svg(Charts.importancePerformance(model, survey.groups().get(0))));
		}
		figure("readiness", Charts.svg(Charts.readinessPerUnit(result.indicators())));
		html.append("</section>\n");
	}

	private void figure(String id, String svg) {
		html.append("<figure id=\"").append(id).append("\">").append(svg).append("</figure>\n");
	}

	private void indicators() {
		html.append("<section id=\"indicators\"><h2>Indicators</h2>\n");
		for (GapKind kind : GapKind.VALUES) {
			List<Indicator> rows = result.indicators().stream().filter(i -> i.kind() == kind).toList();
			if (rows.isEmpty()) {
				continue;
			}
			html.append("<h3>").append(GapKinds.title(kind)).append("</h3><table><tr><th>element</th><th>segment</th><th>indicator</th>")
					.append("<th>value</th><th>95 % CI</th><th>p</th><th>n</th><th>severity</th></tr>\n");
			for (Indicator i : rows) {
				html.append("<tr><td>").append(Html.text(i.element())).append("</td><td>").append(Html.text(i.segment()))
						.append("</td><td>").append(Html.text(i.name())).append("</td><td class=\"n\">").append(Html.num(i.value()))
						.append("</td><td class=\"n\">").append(i.ciLow() == null ? "" : "[" + Html.num(i.ciLow()) + ", " + Html.num(i.ciHigh()) + "]")
						.append("</td><td class=\"n\">").append(Html.p(i.p())).append("</td><td class=\"n\">").append(i.n())
						.append("</td><td><span class=\"badge ").append(i.severity().getLiteral()).append("\">")
						.append(SeverityOrder.label(i.severity())).append("</span></td></tr>\n");
			}
			html.append("</table>\n");
		}
		html.append("</section>\n");
	}

	private void data() {
		html.append("<section id=\"data\"><h2>Data read</h2><table><tr><th>file</th><th>bytes</th><th>rows</th><th>SHA-256</th></tr>\n");
		for (DataFingerprint d : result.data()) {
			// a SQL source has no file: no bytes, nothing hashed (its rows come from its query)
			boolean database = d.sha256() == null;
			html.append("<tr><td>").append(Html.text(d.file())).append("</td><td class=\"n\">").append(database ? "" : d.bytes())
					.append("</td><td class=\"n\">").append(d.rows()).append("</td><td>")
					.append(database ? "the rows of its query (no file)" : "<code>" + d.sha256() + "</code>").append("</td></tr>\n");
		}
		html.append("</table>\n");
		if (!result.warnings().isEmpty()) {
			html.append("<h3>Warnings</h3><ul>");
			result.warnings().forEach(w -> html.append("<li>").append(Html.text(w)).append("</li>"));
			html.append("</ul>\n");
		}
		html.append("</section>\n");
	}

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222}
			h1{margin-bottom:0}.lead{color:#666;margin-top:.2em}
			table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em;font-size:.9em}
			th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
			td.n{text-align:right;font-variant-numeric:tabular-nums}
			ul{margin:0;padding-left:1.2em}
			figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}
			#diagrams .scroll{overflow:auto;max-height:85vh;border:1px solid #ddd}#diagrams svg{display:block}.note{color:#666}
			#diagram-1 svg{max-width:100%;height:auto}
			figure.trend{display:inline-block;margin:.5em 1em .5em 0;vertical-align:top;max-width:560px}
			figure.trend figcaption{font-weight:400;font-size:.85em;color:#444;margin-top:.2em}
			.badge{display:inline-block;padding:.1em .5em;border-radius:.8em;color:#fff;font-size:.85em}
			.error{background:#c62828}.warning{background:#ef8f00}.ok{background:#2e7d32}.unknown{background:#777}.notJudged{background:repeating-linear-gradient(90deg,#5f6368 0 4px,#8a8f96 4px 7px)}
			""";
}
