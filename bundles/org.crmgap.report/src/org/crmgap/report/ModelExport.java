package org.crmgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emfcloud.jackson.module.EMFModule;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** The export formats, shared by the command line and the workbench's Export wizard. */
public enum ModelExport {
	XMI("xmi", "XMI model (.crmgap)"),
	JSON("json", "JSON model (emfjson, ids kept)"),
	CSV("csv", "Indicators as CSV"),
	HTML("html", "HTML report");

	public final String extension;
	public final String label;

	ModelExport(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	/** The bytes of {@code model} (read from {@code modelFile}, whose data the CSV and HTML formats analyse) in this format. */
	public byte[] export(GapModel model, Path modelFile) throws Exception {
		return export(model, modelFile, AnalysisOptions.DEFAULT);
	}

	/** As {@link #export(GapModel, Path)}, analysing the data with {@code options}. */
	public byte[] export(GapModel model, Path modelFile, AnalysisOptions options) throws Exception {
		return switch (this) {
		case XMI -> xmi(model);
		case JSON -> json(model);
		case CSV -> IndicatorCsv.write(ModelAnalysis.analyse(model, modelFile, options).indicators())
				.getBytes(StandardCharsets.UTF_8);
		case HTML -> new HtmlReport(model, ModelAnalysis.analyse(model, modelFile, options)).render()
				.getBytes(StandardCharsets.UTF_8);
		};
	}

	private static byte[] xmi(GapModel model) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.eResource().save(bytes, null);
		return bytes.toByteArray();
	}

	private static byte[] json(GapModel model) throws IOException {
		EMFModule module = new EMFModule();
		// the xmi:id UUIDs become the JSON ids, so references stay stable across formats
		module.configure(EMFModule.Feature.OPTION_USE_ID, true);
		// emfjson hands data type values to Jackson, which has no LocalDate: write it as the model file does
		SimpleModule dates = new SimpleModule("crmgap-dates").addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
			@Override
			public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider) throws IOException {
				out.writeString(EcoreUtil.convertToString(CrmGapPackage.Literals.LOCAL_DATE, value));
			}
		});
		ObjectMapper mapper = new ObjectMapper().registerModule(module).registerModule(dates).enable(SerializationFeature.INDENT_OUTPUT);
		return mapper.writeValueAsBytes(model.eResource());
	}
}
