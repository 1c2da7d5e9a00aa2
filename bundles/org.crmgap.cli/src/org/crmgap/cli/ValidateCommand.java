package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates a model; the exit code says clean (0), warnings (1) or errors (2). */
@Command(name = "validate", description = "Validate a model: exit 0 when clean, 1 with warnings only, 2 with errors.")
class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Diagnostic diagnostic = ModelValidation.validate(ModelFiles.load(modelFile));
		ModelValidation.print(diagnostic, out);
		return ModelValidation.exitCode(diagnostic);
	}
}
