package org.crmgap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.ModelExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Exports a model as XMI or JSON (emfjson-jackson, ids kept), or its indicators as CSV. */
@Command(name = "export", description = "Export a model as XMI or JSON, or its indicators as CSV.")
class ExportCommand implements Callable<Integer> {

	enum Format { xmi, json, csv }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .crmgap file")
	Path modelFile;

	@Option(names = "--format", required = true, description = "xmi, json or csv (the indicators)")
	Format format;

	@Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
	Path out;

	@Mixin
	DataOptions data = new DataOptions();

	@Override
	public Integer call() throws Exception {
		ModelExport export = ModelExport.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
		CommandOutput.write(spec, out, export.export(ModelFiles.load(modelFile), modelFile, data.analysis()));
		return ExitCodes.CLEAN;
	}
}
