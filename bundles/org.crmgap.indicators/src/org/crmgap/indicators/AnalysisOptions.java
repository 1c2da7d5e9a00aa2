package org.crmgap.indicators;

/**
 * How to analyse: the default thresholds (the user's preferences, else the domain reference's), whether
 * data sources may point outside the model's folder (only when the user allows it explicitly), and the name of the
 * measurement wave to read (null: the latest).
 */
public record AnalysisOptions(DefaultThresholds thresholds, boolean allowOutsideData, String wave) {

	public static final AnalysisOptions DEFAULT = new AnalysisOptions(DefaultThresholds.DOMAIN, false);

	/** Options reading the latest wave. */
	public AnalysisOptions(DefaultThresholds thresholds, boolean allowOutsideData) {
		this(thresholds, allowOutsideData, null);
	}

	public AnalysisOptions withThresholds(DefaultThresholds other) {
		return new AnalysisOptions(other, allowOutsideData, wave);
	}

	public AnalysisOptions allowingOutsideData(boolean allow) {
		return new AnalysisOptions(thresholds, allow, wave);
	}

	/** These options reading the wave of that name (null: the latest). */
	public AnalysisOptions withWave(String name) {
		return new AnalysisOptions(thresholds, allowOutsideData, name);
	}
}
