package org.crmgap.indicators;

import java.util.List;

import org.crmgap.data.DataFingerprint;

/**
 * Everything an analysis of a model computed, and what it read. The model itself is never changed. {@code wave}: the
 * name of the measurement wave analysed, null for the one unnamed wave of a model without waves.
 */
public record ModelAnalysisResult(String model, String wave, ServqualResult survey, List<Indicator> indicators,
		List<GapFinding> gaps, List<DataFingerprint> data, List<String> warnings) {
}
