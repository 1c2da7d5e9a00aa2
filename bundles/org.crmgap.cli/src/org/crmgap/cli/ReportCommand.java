package org.crmgap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.HtmlReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the self-contained HTML report of a model's analysis. */
@Command(name = "report", description = "Write the HTML report (summary, gaps, charts, indicators, data read).")
class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "the HTML file to write")
	Path out;

	@Mixin
	DataOptions data = new DataOptions();

	@Override
	public Integer call() throws Exception {
		GapModel model = ModelFiles.load(modelFile);
		new HtmlReport(model, ModelAnalysis.analyse(model, modelFile, data.analysis())).withDiagrams(modelFile).write(out);
		spec.commandLine().getOut().println("report: " + out.toAbsolutePath());
		return ExitCodes.CLEAN;
	}
}
