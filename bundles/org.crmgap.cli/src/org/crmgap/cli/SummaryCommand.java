package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.GapValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads a model and prints what it holds and what structural validation finds. */
@Command(name = "summary", description = "Load and validate a model and print its summary.")
class SummaryCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		GapModel model = ModelFiles.load(modelFile);
		new ModelSummary(model, modelFile).print(out);
		// informational: `validate` is the command whose exit code gates
		ModelValidation.print(GapValidation.validate(model), out);
		return ExitCodes.CLEAN;
	}
}
