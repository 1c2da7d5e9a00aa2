package org.crmgap.indicators.profiles;

import java.util.List;

/**
 * The adjusted Rand index of two partitions of the same rows (Hubert &amp; Arabie 1985) from their contingency table:
 * (index − expected) / (maximum − expected), with index = Σ C(n_ij, 2), expected = Σ C(a_i, 2) · Σ C(b_j, 2) / C(n, 2)
 * and maximum = (Σ C(a_i, 2) + Σ C(b_j, 2)) / 2. 1 for identical partitions, about 0 for chance agreement; undefined
 * (null) when both partitions put every row in one group or every row alone.
 */
public final class AdjustedRand {

	private AdjustedRand() {
	}

	/** {@code counts[i][j]}: how many rows are in group i of one partition and group j of the other. */
	public static Double index(List<List<Long>> counts) {
		double index = 0;
		double rows = 0;
		double columns = 0;
		long n = 0;
		int width = counts.isEmpty() ? 0 : counts.get(0).size();
		long[] columnSums = new long[width];
		for (List<Long> row : counts) {
			long rowSum = 0;
			for (int j = 0; j < width; j++) {
				long count = row.get(j);
				index += pairs(count);
				rowSum += count;
				columnSums[j] += count;
			}
			rows += pairs(rowSum);
			n += rowSum;
		}
		for (long sum : columnSums) {
			columns += pairs(sum);
		}
		if (n < 2) {
			return null;
		}
		double expected = rows * columns / pairs(n);
		double maximum = (rows + columns) / 2;
		return maximum == expected ? null : (index - expected) / (maximum - expected);
	}

	private static double pairs(long count) {
		return count * (count - 1) / 2.0;
	}
}
