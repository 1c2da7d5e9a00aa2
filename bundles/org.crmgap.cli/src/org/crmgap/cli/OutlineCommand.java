package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.model.compare.ModelOutline;
import org.crmgap.model.persistence.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The model as an indented outline; as Git's textconv for *.crmgap, `git log -p` shows readable changes. */
@Command(name = "outline", description = "The model as indented text, one element per line with its attributes and references "
		+ "(usable as Git's textconv for *.crmgap).")
class OutlineCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		ModelOutline.of(ModelFiles.loadForComparison(modelFile)).forEach(out::println);
		out.flush();
		return ExitCodes.CLEAN;
	}
}
