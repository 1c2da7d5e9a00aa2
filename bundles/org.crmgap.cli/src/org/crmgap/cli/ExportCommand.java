package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.crmgap.data.DataException;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.Waves;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.DiagramFigures;
import org.crmgap.report.ModelExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Exports a model as XMI or JSON (emfjson-jackson, ids kept), its indicators as CSV, or its diagrams as SVG or PNG. */
@Command(name = "export", description = "Export a model as XMI or JSON, its indicators as CSV, or its diagrams as SVG or PNG files.")
class ExportCommand implements Callable<Integer> {

	enum Format { xmi, json, csv, svg, png }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Option(names = "--format", required = true, description = "xmi, json, csv (the indicators), svg or png (the diagrams; png through Chromium)")
	Format format;

	@Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output (svg, png: the folder, required)")
	Path out;

	@Option(names = "--diagram", paramLabel = "NAME", description = "svg, png: the diagram of this name")
	String diagram;

	@Option(names = "--all", description = "svg, png: every diagram of the model, one file each")
	boolean all;

	@Mixin
	DataOptions data = new DataOptions();

	/** The data could not be read: the diagrams' gaps are drawn as not measured. */
	private boolean notMeasured;

	@Override
	public Integer call() throws Exception {
		if (format == Format.svg || format == Format.png) {
			return svg();
		}
		ModelExport export = ModelExport.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
		CommandOutput.write(spec, out, export.export(ModelFiles.load(modelFile), modelFile, data.analysis()));
		return ExitCodes.CLEAN;
	}

	private int svg() throws Exception {
		PrintWriter err = spec.commandLine().getErr();
		if (out == null || all == (diagram != null)) {
			err.println("error: --format " + format + " needs --out DIR and either --diagram NAME or --all");
			return ExitCodes.ERRORS;
		}
		DiagramFigures figures = DiagramFigures.find().orElse(null);
		ModelAnalysisResult result = figures == null ? null : colours(err);
		int code = DiagramExport.write(figures, modelFile, diagram, format == Format.png, out, result, spec.commandLine().getOut(), err);
		return code == ExitCodes.CLEAN && notMeasured ? ExitCodes.WARNINGS : code;
	}

	/**
	 * The gaps' colours from the same analysis as the other commands (--allow-outside-data); data that cannot be read
	 * does not stop the drawing: every gap is drawn as not measured, and a warning says why.
	 */
	private ModelAnalysisResult colours(PrintWriter err) throws Exception {
		GapModel model = ModelFiles.load(modelFile);
		// a wave the model does not have is the user's mistake, not unreadable data
		Waves.select(model, modelFile, data.wave);
		try {
			return ModelAnalysis.analyse(model, modelFile, data.analysis());
		} catch (DataException | SQLException e) {
			String why = e.getMessage() + "; the gaps are drawn as not measured";
			err.println("warning: " + why);
			notMeasured = true;
			return ModelAnalysisResult.nothingMeasured(model.getName(), why);
		}
	}
}
