package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.GapValidation;
import org.eclipse.emf.common.util.Diagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates a model, its gaps against their thresholds included; the exit code says clean (0), warnings (1) or errors (2). */
@Command(name = "validate", description = "Validate a model: exit 0 when clean, 1 with warnings only, 2 with errors.")
class ValidateCommand implements Callable<Integer> {

	enum Format { text, json, sarif }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Option(names = "--format", defaultValue = "text", description = "text (default), json or sarif")
	Format format;

	@Option(names = "--structure-only", description = "skip the indicator rules (no data is read)")
	boolean structureOnly;

	@Mixin
	DataOptions data = new DataOptions();

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		GapModel model = ModelFiles.load(modelFile);
		Diagnostic diagnostic = structureOnly ? GapValidation.validate(model) : GapValidation.validateWithIndicators(model, modelFile, data.analysis());
		switch (format) {
		case json -> ResultJson.write(DiagnosticReports.json(diagnostic), out);
		case sarif -> ResultJson.write(DiagnosticReports.sarif(diagnostic, modelFile), out);
		default -> ModelValidation.print(diagnostic, out);
		}
		out.flush();
		return ModelValidation.exitCode(diagnostic);
	}
}
