package org.crmgap.indicators;

import org.crmgap.data.DatabasePasswords;

/**
 * How to analyse: the default thresholds (the user's preferences, else the domain reference's), whether
 * data sources may point outside the model's folder (only when the user allows it explicitly), the name of the
 * measurement wave to read (null: the latest) and where the passwords of SQL data sources come from.
 */
public record AnalysisOptions(DefaultThresholds thresholds, boolean allowOutsideData, String wave, DatabasePasswords passwords) {

	public static final AnalysisOptions DEFAULT = new AnalysisOptions(DefaultThresholds.DOMAIN, false);

	/** Options reading the latest wave. */
	public AnalysisOptions(DefaultThresholds thresholds, boolean allowOutsideData) {
		this(thresholds, allowOutsideData, null);
	}

	/** Options taking database passwords from the environment ({@link DatabasePasswords#ENVIRONMENT}). */
	public AnalysisOptions(DefaultThresholds thresholds, boolean allowOutsideData, String wave) {
		this(thresholds, allowOutsideData, wave, DatabasePasswords.ENVIRONMENT);
	}

	public AnalysisOptions withThresholds(DefaultThresholds other) {
		return new AnalysisOptions(other, allowOutsideData, wave, passwords);
	}

	public AnalysisOptions allowingOutsideData(boolean allow) {
		return new AnalysisOptions(thresholds, allow, wave, passwords);
	}

	/** These options reading the wave of that name (null: the latest). */
	public AnalysisOptions withWave(String name) {
		return new AnalysisOptions(thresholds, allowOutsideData, name, passwords);
	}

	public AnalysisOptions withPasswords(DatabasePasswords other) {
		return new AnalysisOptions(thresholds, allowOutsideData, wave, other);
	}
}
