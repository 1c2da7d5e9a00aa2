package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.cli.SheetOption.Input;
import org.crmgap.data.AnswerTable;
import org.crmgap.data.DataException;
import org.crmgap.data.DataWarning;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.DataTable;
import org.crmgap.data.WideCsvLoader;
import org.crmgap.data.WideCsvLoader.Exports;
import org.crmgap.indicators.ServiceDimension;
import org.crmgap.indicators.ServqualAnalysis;
import org.crmgap.indicators.ServqualResult;
import org.crmgap.indicators.WaveComparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * SERVQUAL analysis of a plain wide survey CSV, without a model; a Qualtrics, LimeSurvey or SurveyMonkey CSV export
 * is recognised from its header rows and read as the plain CSV of the same answers; an .xlsx workbook's first sheet (or
 * the one {@code --sheet} names) is read as the CSV file of its cells (org.crmgap.data recognises it by name or content).
 */
@Command(name = "survey", description = "SERVQUAL analysis of a plain wide CSV (respondent, segment, E1..E22, P1..P22, "
		+ "optional D*, A*, W_<dimension>) or of a Qualtrics, LimeSurvey or SurveyMonkey CSV export of it (recognised "
		+ "from its header rows), each also as a sheet of an .xlsx workbook (--sheet); --managers adds the knowledge gap.")
class SurveyCommand implements Callable<Integer> {

	enum Format { text, json }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "CSV", description = "the customers' survey (CSV or .xlsx)")
	Path surveyFile;

	@Mixin
	SheetOption sheet;

	@Option(names = "--managers", paramLabel = "CSV", description = "managers' estimates (respondent, M1..M22)")
	Path managersFile;

	@Option(names = "--managers-sheet", paramLabel = "NAME", description = "the sheet of the --managers workbook to read "
			+ "(default: the first)")
	String managersSheet;

	@Option(names = "--previous", paramLabel = "CSV", description = "the same survey's previous wave: each dimension's change "
			+ "since then, with Welch's t-test (groups present in both waves)")
	Path previousFile;

	@Option(names = "--previous-sheet", paramLabel = "NAME", description = "the sheet of the --previous workbook to read "
			+ "(default: the first)")
	String previousSheet;

	@Option(names = "--alpha", defaultValue = "0.05", description = "significance level of the verdict on each change (0.05)")
	double alpha;

	@Option(names = "--holm", description = "judge the changes on p-values adjusted by Holm's method for the number of tests")
	boolean holm;

	@Option(names = "--scale", defaultValue = "1-7", description = "Likert scale, e.g. 1-7 (default) or 1-5")
	String scale;

	@Option(names = "--continuous-scale", description = "answers may be any number on the scale (else only whole numbers)")
	boolean continuous;

	@Option(names = "--answers", paramLabel = "FILE", description = "answer text of an export and its scale value, one "
			+ "'text = number' per line, added to the default agreement labels of the 7- and 5-point scales")
	Path answersFile;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	Format format;

	/** What the command computes: the analysis (with the change since the previous wave, or null) and the data warnings. */
	record Analysis(ServqualResult result, WaveComparison waves, List<DataWarning> warnings) {
	}

	@Override
	public Integer call() throws Exception {
		Scale likert = Scale.parse(scale, continuous);
		if (!(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("--alpha must lie between 0 and 1, not " + alpha);
		}
		AnswerTable answers = answersFile == null ? AnswerTable.defaults(likert) : AnswerTable.defaults(likert).with(answersFile);
		// which export was recognised, and how it was mapped: on stderr, so the JSON on stdout stays the contract
		Exports exports = new Exports(answers, ServiceDimension.SERVQUAL.stream().map(ServiceDimension::weightColumn).toList(),
				spec.commandLine().getErr()::println);
		Input survey = sheet.of(surveyFile);
		Input managers = SheetOption.of(managersFile, managersSheet, "--managers-sheet");
		Input previous = SheetOption.of(previousFile, previousSheet, "--previous-sheet");
		Analysis analysis = previous == null ? analyse(survey, managers, likert, exports)
				: compare(survey, previous, managers, likert, exports);
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			ResultJson.write(analysis.waves() == null ? analysis.result() : WaveJson.of(analysis.waves()), out);
		} else {
			new SurveyText(analysis.result()).print(out);
			if (analysis.waves() != null) {
				WaveText.print(analysis.waves(), alpha, holm, out);
			}
		}
		analysis.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
		analysis.result().warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
		return analysis.warnings().isEmpty() && analysis.result().warnings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}

	/** Loads the survey (and the managers' file, may be null) and analyses it; the benchmark times exactly this. */
	static Analysis analyse(Path surveyFile, Path managersFile, Scale likert) throws Exception {
		return analyse(new Input(surveyFile, null), managersFile == null ? null : new Input(managersFile, null), likert, null);
	}

	/**
	 * Like {@link #analyse(Path, Path, Scale)}, a workbook read from its input's sheet, and survey-tool exports read too
	 * ({@code exports} null: plain CSV only); {@code managersFile} may be null.
	 */
	static Analysis analyse(Input surveyFile, Input managersFile, Scale likert, Exports exports) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			WideCsvLoader loader = new WideCsvLoader(engine, likert, exports);
			DataTable survey = load(loader, surveyFile, "survey");
			DataTable managers = load(loader, managersFile, "managers");
			ServqualResult result = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, managers, likert);
			return new Analysis(result, null, warnings(survey, managers));
		}
	}

	/** Like {@link #analyse}, and compares the survey with its previous wave. */
	static Analysis compare(Input surveyFile, Input previousFile, Input managersFile, Scale likert, Exports exports)
			throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			WideCsvLoader loader = new WideCsvLoader(engine, likert, exports);
			DataTable survey = load(loader, surveyFile, "survey");
			DataTable previous = load(loader, previousFile, "previous");
			DataTable managers = load(loader, managersFile, "managers");
			WaveComparison waves = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).compare(survey, previous, managers, likert);
			return new Analysis(waves.current(), waves, warnings(survey, previous, managers));
		}
	}

	/** The input as view {@code name}; no input, no table. */
	private static DataTable load(WideCsvLoader loader, Input input, String name) throws DataException {
		return input == null ? null : loader.load(input.file(), input.sheet(), name);
	}

	private static List<DataWarning> warnings(DataTable... tables) {
		List<DataWarning> warnings = new ArrayList<>();
		for (DataTable table : tables) {
			if (table != null) {
				warnings.addAll(table.warnings());
			}
		}
		return List.copyOf(warnings);
	}
}
