package org.crmgap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.indicators.ActionOutcome;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.Snapshots;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.HtmlReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Computes every indicator of a model from its attached data and judges its gaps. */
@Command(name = "analyze", description = "Compute all gap indicators of a model from its attached data.")
class AnalyzeCommand implements Callable<Integer> {

	enum Format { text, json, html }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Option(names = "--format", defaultValue = "text", description = "text (default), json or html (the report)")
	Format format;

	@Option(names = "--report", paramLabel = "FILE", description = "also write the HTML report to FILE")
	Path report;

	@Option(names = "--store-snapshot", description = "store each gap's indicator value in the model file (with date and data fingerprints)")
	boolean storeSnapshot;

	@Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
	Path out;

	@Option(names = "--holm", description = "judge whether the actions worked on p-values adjusted by Holm's method for the number "
			+ "of tests (one per action with a test)")
	boolean holm;

	@Mixin
	DataOptions data = new DataOptions();

	@Override
	public Integer call() throws Exception {
		GapModel model = ModelFiles.load(modelFile);
		ModelAnalysisResult analysed = ModelAnalysis.analyse(model, modelFile, data.analysis());
		ModelAnalysisResult result = holm ? analysed.withActions(ActionOutcome.holm(analysed.actions())) : analysed;
		StringWriter text = new StringWriter();
		PrintWriter writer = new PrintWriter(text);
		// the diagrams are drawn once, for the page and the report file alike
		HtmlReport html = format == Format.html || report != null ? new HtmlReport(model, result).withDiagrams(modelFile) : null;
		if (format == Format.json) {
			ResultJson.write(result, writer);
		} else if (format == Format.html) {
			writer.print(html.render());
		} else {
			new AnalysisText(result).print(writer);
		}
		writer.flush();
		CommandOutput.write(spec, out, text.toString().getBytes(StandardCharsets.UTF_8));
		if (storeSnapshot) {
			int stored = Snapshots.store(model, result, new java.util.Date());
			model.eResource().save(null);
			spec.commandLine().getOut().println("stored " + stored + " indicator snapshot(s) in " + modelFile);
		}
		if (report != null) {
			html.write(report);
			spec.commandLine().getOut().println("report: " + report.toAbsolutePath());
		}
		return result.warnings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}
}
