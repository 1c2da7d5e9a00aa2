package org.crmgap.indicators;

import java.util.List;

import org.crmgap.data.DataFingerprint;

/**
 * Everything an analysis of a model computed, and what it read. The model itself is never changed. {@code wave}: the
 * name of the measurement wave analysed, null for the one unnamed wave of a model without waves; {@code actions}: did
 * the planned actions with a start date work (from the waves around them)? {@code trends}: each gap across all waves
 * (empty for a model with fewer than two waves).
 */
public record ModelAnalysisResult(String model, String wave, ServqualResult survey, List<Indicator> indicators,
		List<GapFinding> gaps, List<DataFingerprint> data, List<String> warnings, List<ActionOutcome> actions,
		List<GapTrend> trends) {

	/** The result of a model whose data could not be read: nothing measured, every gap "not measured". */
	public static ModelAnalysisResult nothingMeasured(String model, String why) {
		return new ModelAnalysisResult(model, null, null, List.of(), List.of(), List.of(), List.of(why), List.of(), List.of());
	}

	/** This result with other outcomes of the planned actions (e.g. judged on adjusted p-values). */
	public ModelAnalysisResult withActions(List<ActionOutcome> outcomes) {
		return new ModelAnalysisResult(model, wave, survey, indicators, gaps, data, warnings, List.copyOf(outcomes), trends);
	}

	/** This result with the outcomes of the planned actions, the gaps' trends and what was left out of them. */
	public ModelAnalysisResult withEvaluation(List<ActionOutcome> outcomes, List<GapTrend> gapTrends, List<String> leftOut) {
		List<String> all = new java.util.ArrayList<>(warnings);
		all.addAll(leftOut);
		return new ModelAnalysisResult(model, wave, survey, indicators, gaps, data, List.copyOf(all), List.copyOf(outcomes),
				List.copyOf(gapTrends));
	}
}
