package org.crmgap.indicators.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * k-means++ (Hipparchus: k-means++ seeding, then Lloyd's iterations) from several starts; the start with the least
 * within-cluster sum of squares is kept (the first of equal ones). Each start has its own generator seeded from the
 * seed, k and the start's number, so a k's result does not depend on which other k are computed. The starting centres
 * of the kept start are found by running its seeding again alone (the same generator, no iteration), so they can be
 * given to another implementation (R's {@code kmeans(x, centers, algorithm = "Lloyd")}) to check the iterations.
 */
final class KMeansStarts {

	/** Lloyd's iterations end on a fixed point long before this. */
	static final int MAX_ITERATIONS = 1000;

	/** One row of the matrix as a point, with its position. */
	private record Row(int index, double[] point) implements Clusterable {
		@Override
		public double[] getPoint() {
			return point;
		}
	}

	private KMeansStarts() {
	}

	static Partition best(double[][] x, int k, long seed, int starts) {
		List<Row> rows = IntStream.range(0, x.length).mapToObj(i -> new Row(i, x[i])).toList();
		Partition best = null;
		for (int start = 1; start <= starts; start++) {
			List<CentroidCluster<Row>> clusters = clusterer(k, MAX_ITERATIONS, seed, start).cluster(rows);
			Partition partition = partition(x, k, start, clusters);
			if (best == null || partition.withinSs() < best.withinSs()) {
				best = partition;
			}
		}
		int[] startRows = clusterer(k, 0, seed, best.start()).cluster(rows).stream()
				.mapToInt(c -> ((Row) c.getCenter()).index()).toArray();
		return new Partition(k, best.start(), startRows, best.labels(), best.sizes(), best.centres(), best.withinSs(),
				best.converged());
	}

	/** The generator of one start: the same seed, k and start give the same starting centres. */
	static RandomGenerator random(long seed, int k, int start) {
		return new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, k, start });
	}

	private static KMeansPlusPlusClusterer<Row> clusterer(int k, int iterations, long seed, int start) {
		return new KMeansPlusPlusClusterer<>(k, iterations, new EuclideanDistance(), random(seed, k, start),
				KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_VARIANCE);
	}

	/** The clusters in the canonical order (largest first, then by first row), each row's label, the sums of squares. */
	private static Partition partition(double[][] x, int k, int start, List<CentroidCluster<Row>> clusters) {
		int[] raw = new int[x.length];
		int[] first = new int[k];
		Arrays.fill(first, Integer.MAX_VALUE);
		for (int c = 0; c < k; c++) {
			for (Row row : clusters.get(c).getPoints()) {
				raw[row.index()] = c;
				first[c] = Math.min(first[c], row.index());
			}
		}
		Integer[] order = IntStream.range(0, k).boxed().sorted(Comparator
				.comparingInt((Integer c) -> -clusters.get(c).getPoints().size()).thenComparingInt(c -> first[c]))
				.toArray(Integer[]::new);
		int[] rank = new int[k];
		for (int position = 0; position < k; position++) {
			rank[order[position]] = position;
		}
		int[] labels = Arrays.stream(raw).map(c -> rank[c]).toArray();
		int[] sizes = new int[k];
		double[][] centres = new double[k][];
		boolean converged = true;
		for (int position = 0; position < k; position++) {
			CentroidCluster<Row> cluster = clusters.get(order[position]);
			sizes[position] = cluster.getPoints().size();
			centres[position] = cluster.getCenter().getPoint().clone();
			converged &= Arrays.equals(centres[position], centroid(cluster.getPoints(), x[0].length));
		}
		double[] withinSs = new double[k];
		for (int i = 0; i < x.length; i++) {
			double[] centre = centres[labels[i]];
			for (int j = 0; j < centre.length; j++) {
				double d = x[i][j] - centre[j];
				withinSs[labels[i]] += d * d;
			}
		}
		return new Partition(k, start, null, labels, sizes, centres, Arrays.stream(withinSs).sum(), converged);
	}

	/** The mean of the points, summed in their order as Hipparchus does: equal to its centre at a fixed point. */
	private static double[] centroid(List<Row> points, int dimension) {
		double[] centroid = new double[dimension];
		for (Row point : points) {
			for (int j = 0; j < dimension; j++) {
				centroid[j] += point.point()[j];
			}
		}
		for (int j = 0; j < dimension; j++) {
			centroid[j] /= points.size();
		}
		return centroid;
	}

	static List<Integer> list(int[] values) {
		List<Integer> list = new ArrayList<>();
		Arrays.stream(values).forEach(list::add);
		return list;
	}
}
