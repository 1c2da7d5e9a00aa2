package org.crmgap.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emfcloud.jackson.module.EMFModule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

	@Override
	public Integer call() throws Exception {
		GapModel model = ModelFiles.load(modelFile);
		byte[] bytes = switch (format) {
		case xmi -> xmi(model);
		case json -> json(model);
		case csv -> IndicatorCsv.write(ModelAnalysis.analyse(model, modelFile).indicators()).getBytes(StandardCharsets.UTF_8);
		};
		CommandOutput.write(spec, out, bytes);
		return ExitCodes.CLEAN;
	}

	private static byte[] xmi(GapModel model) throws java.io.IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.eResource().save(bytes, null);
		return bytes.toByteArray();
	}

	private static byte[] json(GapModel model) throws java.io.IOException {
		EMFModule module = new EMFModule();
		// the xmi:id UUIDs become the JSON ids, so references stay stable across formats
		module.configure(EMFModule.Feature.OPTION_USE_ID, true);
		ObjectMapper mapper = new ObjectMapper().registerModule(module).enable(SerializationFeature.INDENT_OUTPUT);
		return mapper.writeValueAsBytes(model.eResource());
	}
}
