package org.crmgap.indicators.profiles;

/**
 * The mean silhouette width of a partition with Euclidean distances (Rousseeuw 1987; R's {@code cluster::silhouette}):
 * for each row, a = its mean distance to the other rows of its profile, b = the least mean distance to the rows of
 * another profile, s = (b − a) / max(a, b), and s = 0 for the only row of a profile; the mean of s over the rows.
 * Every pair of rows is visited once: O(n²) time, O(n·k) memory.
 */
final class Silhouette {

	private Silhouette() {
	}

	/** {@code labels}: each row's profile, 0 to {@code k} − 1. */
	static double meanWidth(double[][] x, int[] labels, int k) {
		int n = x.length;
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		double[][] sums = new double[n][k];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double d = distance(x[i], x[j]);
				sums[i][labels[j]] += d;
				sums[j][labels[i]] += d;
			}
		}
		double total = 0;
		for (int i = 0; i < n; i++) {
			int own = labels[i];
			if (sizes[own] == 1) {
				continue;
			}
			double a = sums[i][own] / (sizes[own] - 1);
			double b = Double.POSITIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				if (c != own && sizes[c] > 0) {
					b = Math.min(b, sums[i][c] / sizes[c]);
				}
			}
			double larger = Math.max(a, b);
			total += larger == 0 ? 0 : (b - a) / larger;
		}
		return total / n;
	}

	static double distance(double[] a, double[] b) {
		double sum = 0;
		for (int j = 0; j < a.length; j++) {
			double d = a[j] - b[j];
			sum += d * d;
		}
		return Math.sqrt(sum);
	}
}
