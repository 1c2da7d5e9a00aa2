package org.crmgap.indicators;

import java.util.Map;

/** One wave's analysis and each measured gap's indicator in it (by the gap's id), for comparisons between waves. */
record WaveMeasures(ModelAnalysisResult result, Map<String, GapMeasure> gaps) {

	String wave() {
		return result.wave();
	}
}
