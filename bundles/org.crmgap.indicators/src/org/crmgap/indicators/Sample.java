package org.crmgap.indicators;

import org.hipparchus.stat.descriptive.StatisticalSummary;

/**
 * What an indicator was computed from, as far as a comparison of two waves needs it: the respondents' scores (mean,
 * variance, n) of a survey mean, or the successes out of n of a share. One of the two is set.
 */
record Sample(StatisticalSummary scores, long successes, long n) {

	static Sample scores(StatisticalSummary scores) {
		return new Sample(scores, 0, scores.getN());
	}

	static Sample proportion(long successes, long n) {
		return new Sample(null, successes, n);
	}

	boolean isProportion() {
		return scores == null;
	}
}
