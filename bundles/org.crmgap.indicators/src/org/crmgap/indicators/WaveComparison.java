package org.crmgap.indicators;

import java.util.List;

/**
 * The customer gap of a survey wave against the previous wave: the current analysis (its groups: all respondents,
 * then the segments present in both waves, by name) and, per group and dimension, the change with its test.
 */
public record WaveComparison(ServqualResult current, List<GroupChange> changes) {

	/** What a change means for the gap (gaps are P − E: a rise is an improvement), judged at a significance level. */
	public enum Verdict {
		IMPROVED("improved"), WORSENED("worsened"), NO_SIGNIFICANT_CHANGE("no significant change"), NOT_TESTED("not tested");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** The verdict on {@code change} given its p-value (perhaps adjusted for multiple comparisons). */
		public static Verdict of(Double change, Double p, double alpha) {
			if (change == null || p == null) {
				return NOT_TESTED;
			}
			return p >= alpha ? NO_SIGNIFICANT_CHANGE : change > 0 ? IMPROVED : WORSENED;
		}
	}

	/** Every change's p-value in order (group by group), nulls where there was no test. */
	public List<Double> pValues() {
		return changes.stream().flatMap(g -> g.dimensions().stream()).map(DimensionChange::changeP).toList();
	}

	/** {@link #pValues()} adjusted by Holm's step-down method over the tests made (nulls stay null). */
	public List<Double> holmAdjusted() {
		return Statistics.holm(pValues());
	}

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
