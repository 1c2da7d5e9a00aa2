package org.crmgap.indicators;

import java.util.List;

/**
 * The customer gap of a survey wave against the previous wave: the current analysis (its groups: all respondents,
 * then the segments present in both waves, by name) and, per group and dimension, the change with its test.
 */
public record WaveComparison(ServqualResult current, List<GroupChange> changes) {

	/** The changes of one group's dimensions, in the current analysis's order. */
	public record GroupChange(String segment, List<DimensionChange> dimensions) {
	}

	/**
	 * {@code change} = gap − previousGap; {@code changeT}, {@code changeDf}, {@code changeP}: Welch's two-sample t-test
	 * (two-sided) of the respondents' dimension scores of the current wave against those of the previous one (null
	 * where a wave has fewer than two scores).
	 */
	public record DimensionChange(String name, Double previousGap, Double change, Double changeT, Double changeDf,
			Double changeP) {
	}
}
