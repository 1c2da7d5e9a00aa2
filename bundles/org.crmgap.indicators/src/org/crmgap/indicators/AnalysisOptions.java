package org.crmgap.indicators;

/**
 * How to analyse: the default thresholds (the user's preferences, else the domain reference's), and whether
 * data sources may point outside the model's folder (only when the user allows it explicitly).
 */
public record AnalysisOptions(DefaultThresholds thresholds, boolean allowOutsideData) {

	public static final AnalysisOptions DEFAULT = new AnalysisOptions(DefaultThresholds.DOMAIN, false);

	public AnalysisOptions withThresholds(DefaultThresholds other) {
		return new AnalysisOptions(other, allowOutsideData);
	}

	public AnalysisOptions allowingOutsideData(boolean allow) {
		return new AnalysisOptions(thresholds, allow);
	}
}
