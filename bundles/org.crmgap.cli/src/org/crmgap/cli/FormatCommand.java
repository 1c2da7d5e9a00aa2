package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Re-saves models and catalogues in the canonical form the product writes (stable bytes for diffs). */
@Command(name = "format", description = "Re-save .crmgap/.crmgapcat files in canonical form (ids kept).")
class FormatCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "model or catalogue files")
	List<Path> files;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		for (Path file : files) {
			Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), file, EObject.class).eResource();
			resource.setModified(true);
			resource.save(null);
			out.println("formatted " + file);
		}
		return ExitCodes.CLEAN;
	}
}
