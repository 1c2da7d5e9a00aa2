package org.crmgap.indicators;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmgap.data.DataException;
import org.crmgap.data.DataFingerprint;
import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;

/**
 * Computes every indicator of a model from its attached data: customer, value and knowledge gaps from the
 * surveys, the policy gap from the model, delivery and communication gaps from the KPI measurements, the
 * DIE internal gaps from the readiness assessment; then judges the model's gaps. Reads the data of one measurement
 * wave: the one the options name, else the latest. Never edits the model.
 */
public final class ModelAnalysis {

	private ModelAnalysis() {
	}

	public static ModelAnalysisResult analyse(GapModel model, Path modelFile) throws DataException, SQLException {
		return analyse(model, modelFile, AnalysisOptions.DEFAULT);
	}

	/**
	 * As {@link #analyse(GapModel, Path)}, with the user's thresholds and data locations; with the outcome of each planned
	 * action with a start date (which reads the waves around it) and, with two waves or more, each gap's trend.
	 */
	public static ModelAnalysisResult analyse(GapModel model, Path modelFile, AnalysisOptions options)
			throws DataException, SQLException {
		MeasurementWave wave = Waves.select(model, modelFile, options.wave()).orElse(null);
		WaveMeasures now = measure(model, modelFile, options, wave);
		WaveReads reads = new WaveReads(w -> measure(model, modelFile, options, w), wave, now);
		List<ActionOutcome> actions = new ActionOutcomes(model, reads).judge();
		List<GapTrend> trends = GapTrends.of(model, reads, wave, new Severities(model, options.thresholds()));
		return now.result().withEvaluation(actions, trends, reads.warnings());
	}

	/** One wave's indicators and gaps (null: the unnamed wave of a model without waves). */
	static WaveMeasures measure(GapModel model, Path modelFile, AnalysisOptions options, MeasurementWave wave)
			throws DataException, SQLException {
		try (DuckDbEngine engine = DuckDbEngine.inMemory(); ModelData data = new ModelData(engine, model, wave, modelFile, options)) {
			ModelInstrument instrument = ModelInstrument.of(model, data.source(DataRole.CUSTOMER_SURVEY).orElse(null));
			Severities severities = new Severities(model, options.thresholds());
			IndicatorRows rows = new IndicatorRows(severities);
			List<String> warnings = new ArrayList<>();

			ServqualResult servqual = surveys(engine, model, data, instrument, rows, warnings);
			new PolicyIndicators(model, rows).compute();
			Optional<DataTable> kpi = data.table(DataRole.KPI_MEASUREMENTS, "kpi",
					List.of(ColumnMeaning.KPI_STANDARD, ColumnMeaning.KPI_VALUE), List.of(ColumnMeaning.KPI_VALUE));
			if (kpi.isPresent()) {
				DataSource source = data.source(DataRole.KPI_MEASUREMENTS).orElseThrow();
				long unknown = new KpiIndicators(model, rows).compute(kpi.get(),
						ModelData.column(source, ColumnMeaning.KPI_STANDARD, null), ModelData.column(source, ColumnMeaning.KPI_VALUE, null));
				if (unknown > 0) {
					warnings.add(kpi.get().fingerprint().file() + ": " + unknown + " measurement(s) of standards the model does not know, ignored");
				}
			}
			Optional<DataTable> readiness = data.table(DataRole.INTERNAL_ASSESSMENT, "readiness",
					List.of(ColumnMeaning.COMPONENT, ColumnMeaning.ASSESSED_LEVEL), List.of(ColumnMeaning.ASSESSED_LEVEL));
			DataSource assessment = data.source(DataRole.INTERNAL_ASSESSMENT).orElse(null);
			new ReadinessIndicators(model, rows).compute(readiness.orElse(null),
					assessment == null ? null : ModelData.column(assessment, ColumnMeaning.COMPONENT, null),
					assessment == null ? null : ModelData.column(assessment, ColumnMeaning.ASSESSED_LEVEL, null));

			GapFindings gaps = new GapFindings(model, rows);
			List<GapFinding> findings = gaps.compute();
			List<DataFingerprint> fingerprints = data.loaded().stream().map(DataTable::fingerprint).toList();
			data.loaded().forEach(t -> t.warnings().forEach(w -> warnings.add(w.toString())));
			return new WaveMeasures(new ModelAnalysisResult(model.getName(), wave == null ? null : wave.getName(), servqual,
					rows.list(), findings, fingerprints, List.copyOf(warnings), List.of(), List.of()), gaps.measures());
		}
	}

	private static ServqualResult surveys(DuckDbEngine engine, GapModel model, ModelData data, ModelInstrument instrument,
			IndicatorRows rows, List<String> warnings) throws DataException, SQLException {
		warnings.addAll(instrument.warnings());
		if (instrument.dimensions().isEmpty()) {
			warnings.add("no survey instrument with service-quality items: customer and knowledge gaps not computed");
			return null;
		}
		Optional<DataTable> survey = data.customers(instrument);
		if (survey.isEmpty()) {
			warnings.add("no customer survey attached: customer and knowledge gaps not computed");
			return null;
		}
		DataTable managers = data.managers(instrument).orElse(null);
		ServqualAnalysis.Run run = new ServqualAnalysis(engine, instrument.dimensions()).analyseScored(survey.get(), managers,
				instrument.scale());
		ServqualResult servqual = run.result();
		warnings.addAll(servqual.warnings());
		SurveyIndicators indicators = new SurveyIndicators(model, rows);
		indicators.customer(run);
		indicators.knowledge(servqual.knowledgeGap());
		warnings.addAll(indicators.emptySegments(servqual));
		if (instrument.value() != null) {
			indicators.value(new ServqualAnalysis(engine, List.of(instrument.value())).analyseScored(survey.get(), null,
					instrument.scale()));
		}
		return servqual;
	}
}
