package org.crmgap.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.data.AnswerTable;
import org.crmgap.data.Scale;
import org.crmgap.data.WideCsvLoader.Exports;
import org.crmgap.model.AnswerLabel;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyInstrument;

/**
 * What a survey data source says about reading a survey-tool export: the scale of the instrument it answers and
 * its answer table, the scale's agreement labels overlaid by the answer labels saved on the source. The analyses,
 * the CLI and the Import Data wizard read a source's export through this one table.
 */
public final class SurveySources {

	private SurveySources() {
	}

	/**
	 * The instrument {@code source} answers: its own, else the model's first; null when the model has none (then
	 * the survey is read on the default 1–7 scale).
	 */
	public static SurveyInstrument instrument(DataSource source) {
		if (source != null && source.getInstrument() != null) {
			return source.getInstrument();
		}
		GapModel model = source != null && source.eContainer() instanceof GapModel m ? m : null;
		return model == null || model.getSurveyInstruments().isEmpty() ? null : model.getSurveyInstruments().get(0);
	}

	/** The scale of {@code source}'s instrument ({@link #instrument}); 1–7 without one. */
	public static Scale scale(DataSource source) {
		return scale(instrument(source));
	}

	/** The scale of {@code instrument}; 1–7 when null. */
	static Scale scale(SurveyInstrument instrument) {
		return instrument == null ? Scale.LIKERT_7
				: new Scale(instrument.getScaleMin(), instrument.getScaleMax(), instrument.isContinuousScale());
	}

	/** {@link #answers(DataSource, Scale)} on the scale of the source's instrument. */
	public static AnswerTable answers(DataSource source) {
		return answers(source, scale(source));
	}

	/**
	 * The answer table of {@code source}: the agreement labels of {@code scale} ({@link AnswerTable#defaults}) with the
	 * source's saved {@link AnswerLabel}s added or replacing them (a later label of the same text wins).
	 */
	public static AnswerTable answers(DataSource source, Scale scale) {
		return AnswerTable.defaults(scale).with(labels(source));
	}

	/**
	 * How a model's survey file that is a survey-tool export is read: through {@link #answers(DataSource, Scale)}, its
	 * importance points mapped to the source's importance-points columns named in the plain convention (W_tangibles).
	 * The line saying which export was recognised is not shown: the data read names the export.
	 */
	public static Exports exports(DataSource source, Scale scale) {
		List<String> weights = source.getColumnMappings().stream().filter(m -> m.getMeaning() == ColumnMeaning.IMPORTANCE_POINTS)
				.map(ColumnMapping::getColumn).filter(c -> c != null && c.startsWith("W_")).toList();
		return new Exports(answers(source, scale), weights, note -> { });
	}

	/** The answer labels saved on {@code source}, text → value, in their order. */
	public static Map<String, Double> labels(DataSource source) {
		Map<String, Double> labels = new LinkedHashMap<>();
		for (AnswerLabel label : source.getAnswerLabels()) {
			labels.put(label.getText(), label.getValue());
		}
		return labels;
	}
}
