package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.data.DataWarning;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.DataTable;
import org.crmgap.data.WideCsvLoader;
import org.crmgap.indicators.ServiceDimension;
import org.crmgap.indicators.ServqualAnalysis;
import org.crmgap.indicators.ServqualResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** SERVQUAL analysis of a plain wide survey CSV, without a model. */
@Command(name = "survey", description = "SERVQUAL analysis of a plain wide CSV (respondent, segment, E1..E22, P1..P22, "
		+ "optional D*, A*, W_<dimension>); --managers adds the knowledge gap.")
class SurveyCommand implements Callable<Integer> {

	enum Format { text, json }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "CSV", description = "the customers' survey")
	Path surveyFile;

	@Option(names = "--managers", paramLabel = "CSV", description = "managers' estimates (respondent, M1..M22)")
	Path managersFile;

	@Option(names = "--scale", defaultValue = "1-7", description = "Likert scale, e.g. 1-7 (default) or 1-5")
	String scale;

	@Option(names = "--continuous-scale", description = "answers may be any number on the scale (else only whole numbers)")
	boolean continuous;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	Format format;

	/** What the command computes: the analysis and the data warnings. */
	record Analysis(ServqualResult result, List<DataWarning> warnings) {
	}

	@Override
	public Integer call() throws Exception {
		Scale likert = Scale.parse(scale, continuous);
		Analysis analysis = analyse(surveyFile, managersFile, likert);
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			ResultJson.write(analysis.result(), out);
		} else {
			new SurveyText(analysis.result()).print(out);
		}
		analysis.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
		analysis.result().warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
		return analysis.warnings().isEmpty() && analysis.result().warnings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}

	/** Loads the survey (and the managers' file, may be null) and analyses it; the benchmark times exactly this. */
	static Analysis analyse(Path surveyFile, Path managersFile, Scale likert) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			WideCsvLoader loader = new WideCsvLoader(engine, likert);
			DataTable survey = loader.load(surveyFile, "survey");
			DataTable managers = managersFile == null ? null : loader.load(managersFile, "managers");
			ServqualResult result = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, managers, likert);
			List<DataWarning> warnings = new ArrayList<>(survey.warnings());
			if (managers != null) {
				warnings.addAll(managers.warnings());
			}
			return new Analysis(result, List.copyOf(warnings));
		}
	}
}
