package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads a model, validates it and prints what it holds. */
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
		Diagnostic diagnostic = ModelValidation.validate(model);
		ModelValidation.print(diagnostic, out);
		return ModelValidation.exitCode(diagnostic);
	}
}
