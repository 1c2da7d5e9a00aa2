package org.crmgap.indicators;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.StatisticalSummary;
import org.hipparchus.stat.descriptive.StatisticalSummaryValues;
import org.hipparchus.stat.inference.TTest;

/** Tests from summary statistics (mean, variance, n), all through Hipparchus. */
final class Statistics {

	/** Hipparchus computes Welch's degrees of freedom but keeps the method protected. */
	private static final class WelchTTest extends TTest {
		double welchDf(StatisticalSummary a, StatisticalSummary b) {
			return df(a.getVariance(), b.getVariance(), a.getN(), b.getN());
		}
	}

	private static final WelchTTest T_TEST = new WelchTTest();
	private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

	record OneSample(double t, long df, double p, double ciLow, double ciHigh) {
	}

	record TwoSample(double t, double df, double p) {
	}

	/** A z statistic with its two-sided p-value. */
	record ZTest(double z, double p) {
	}

	private Statistics() {
	}

	static StatisticalSummary summary(double mean, double variance, long n) {
		return new StatisticalSummaryValues(mean, variance, n, Double.NaN, Double.NaN, mean * n);
	}

	/** One-sample t-test of the mean against 0 with its 95 % confidence interval; null below n = 2. */
	static OneSample oneSample(Double mean, Double variance, long n) {
		if (mean == null || variance == null || n < 2 || variance == 0) {
			return null;
		}
		StatisticalSummary s = summary(mean, variance, n);
		double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / n);
		return new OneSample(T_TEST.t(0, s), n - 1, T_TEST.tTest(0, s), mean - half, mean + half);
	}

	/** Welch's two-sample t-test (unequal variances); null when a sample has fewer than two values. */
	static TwoSample welch(StatisticalSummary a, StatisticalSummary b) {
		if (a.getN() < 2 || b.getN() < 2 || a.getVariance() + b.getVariance() == 0) {
			return null;
		}
		return new TwoSample(T_TEST.t(a, b), T_TEST.welchDf(a, b), T_TEST.tTest(a, b));
	}

	/**
	 * Two-proportion z-test of x1/n1 against x2/n2 with the pooled proportion, two-sided, without continuity correction
	 * (R's {@code prop.test(correct = FALSE)}: its X-squared is z²); z's sign is that of x1/n1 − x2/n2. Null when a
	 * sample is empty or the pooled proportion is 0 or 1 (no variance to test against).
	 */
	static ZTest twoProportions(long x1, long n1, long x2, long n2) {
		if (n1 == 0 || n2 == 0) {
			return null;
		}
		double pooled = (double) (x1 + x2) / (n1 + n2);
		double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
		if (variance == 0) {
			return null;
		}
		double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(variance);
		// the lower tail of -|z|, doubled: no cancellation in 1 - Φ for large |z|
		return new ZTest(z, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
	}

	/**
	 * Holm's step-down adjustment of p-values (as R's {@code p.adjust(p, "holm")}): the i-th smallest of m p-values times
	 * (m − i + 1), made monotone and capped at 1; nulls are not tests and stay null.
	 */
	static List<Double> holm(List<Double> p) {
		List<Integer> order = IntStream.range(0, p.size()).filter(i -> p.get(i) != null).boxed()
				.sorted(Comparator.comparingDouble(p::get)).toList();
		Double[] adjusted = new Double[p.size()];
		double running = 0;
		for (int rank = 0; rank < order.size(); rank++) {
			int i = order.get(rank);
			running = Math.max(running, Math.min(1, (order.size() - rank) * p.get(i)));
			adjusted[i] = running;
		}
		return Arrays.asList(adjusted);
	}

	/** Cronbach's alpha from the item variances and the variance of the item sum. */
	static Double cronbachAlpha(double[] itemVariances, Double sumVariance) {
		int k = itemVariances.length;
		if (k < 2 || sumVariance == null || sumVariance == 0) {
			return null;
		}
		double items = 0;
		for (double v : itemVariances) {
			if (Double.isNaN(v)) {
				return null;
			}
			items += v;
		}
		return k / (k - 1.0) * (1 - items / sumVariance);
	}
}
