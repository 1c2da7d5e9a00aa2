package org.crmgap.indicators.profiles;

/**
 * The best of the k-means++ starts for one k: the start it came from, its starting centres (rows of the clustered
 * matrix, in the order the clusterer took them), each row's profile (0-based; profiles ordered by size, largest first,
 * then by their first row), the profiles' sizes and centres, the within-cluster sum of squares, and whether Lloyd's
 * iterations ended on a fixed point.
 */
record Partition(int k, int start, int[] startRows, int[] labels, int[] sizes, double[][] centres, double withinSs,
		boolean converged) {
}
