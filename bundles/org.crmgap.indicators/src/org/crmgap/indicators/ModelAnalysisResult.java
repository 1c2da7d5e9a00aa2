package org.crmgap.indicators;

import java.util.List;

import org.crmgap.data.DataFingerprint;

/** Everything an analysis of a model computed, and what it read. The model itself is never changed. */
public record ModelAnalysisResult(String model, ServqualResult survey, List<Indicator> indicators,
		List<GapFinding> gaps, List<DataFingerprint> data, List<String> warnings) {
}
