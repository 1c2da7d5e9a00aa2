package org.crmgap.indicators.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crmgap.indicators.ItemColumns;
import org.crmgap.indicators.ServiceDimension;

/**
 * What sets each profile of a partition apart: its mean expectation per dimension against the overall mean, its items
 * furthest from the overall mean in standard deviations ({@link ProfileDiscovery#APART} of them), and a suggested name
 * ({@link ProfileNames}).
 */
final class ProfileDescriptions {

	private final List<ServiceDimension> dimensions;

	ProfileDescriptions(List<ServiceDimension> dimensions) {
		this.dimensions = dimensions;
	}

	/** {@code x}: the clustered rows ({@code complete} of {@code respondents}) over {@code items}. */
	List<ProfileResult.Profile> profiles(Partition p, double[][] x, List<String> items, List<String> expectations,
			Respondents respondents, int[] complete) {
		int n = x.length;
		double[] overall = new double[items.size()];
		double[] sd = new double[items.size()];
		for (int j = 0; j < items.size(); j++) {
			double sum = 0;
			for (double[] row : x) {
				sum += row[j];
			}
			overall[j] = sum / n;
			double squares = 0;
			for (double[] row : x) {
				squares += (row[j] - overall[j]) * (row[j] - overall[j]);
			}
			sd[j] = Math.sqrt(squares / (n - 1));
		}
		List<DimensionScores> scores = dimensionScores(respondents, complete, expectations);
		List<List<ProfileResult.ItemDifference>> differences = new ArrayList<>();
		for (int c = 0; c < p.k(); c++) {
			List<ProfileResult.ItemDifference> profile = new ArrayList<>();
			for (int j = 0; j < items.size(); j++) {
				double mean = p.centres()[c][j];
				profile.add(new ProfileResult.ItemDifference(items.get(j), ProfileColumns.theme(items.get(j), dimensions), mean,
						overall[j], sd[j] == 0 ? 0 : (mean - overall[j]) / sd[j]));
			}
			differences.add(profile);
		}
		boolean expectationsOnly = items.stream().allMatch(i -> ProfileColumns.isExpectation(i, dimensions));
		List<String> names = ProfileNames.names(differences, expectationsOnly);
		List<ProfileResult.Profile> profiles = new ArrayList<>();
		for (int c = 0; c < p.k(); c++) {
			List<ProfileResult.ItemDifference> apart = differences.get(c).stream()
					.sorted(Comparator.comparingDouble((ProfileResult.ItemDifference d) -> -Math.abs(d.standardized())))
					.limit(ProfileDiscovery.APART).toList();
			profiles.add(new ProfileResult.Profile(c + 1, names.get(c), p.sizes()[c], (double) p.sizes()[c] / n,
					dimensionMeans(scores, p.labels(), c), apart));
		}
		return List.copyOf(profiles);
	}

	/** Each present dimension's name and every clustered respondent's mean expectation over its answered items (NaN: none). */
	private record DimensionScores(String name, double[] scores) {
	}

	private List<DimensionScores> dimensionScores(Respondents respondents, int[] complete, List<String> expectations) {
		List<DimensionScores> all = new ArrayList<>();
		for (ServiceDimension dimension : dimensions) {
			List<String> columns = dimension.items().stream().map(ItemColumns::expectation)
					.filter(c -> c != null && expectations.contains(c)).toList();
			if (columns.isEmpty()) {
				continue;
			}
			double[] scores = new double[complete.length];
			for (int i = 0; i < complete.length; i++) {
				double sum = 0;
				int answered = 0;
				for (String column : columns) {
					double value = respondents.value(complete[i], column);
					if (!Double.isNaN(value)) {
						sum += value;
						answered++;
					}
				}
				scores[i] = answered == 0 ? Double.NaN : sum / answered;
			}
			all.add(new DimensionScores(dimension.name(), scores));
		}
		return all;
	}

	private static List<ProfileResult.DimensionMean> dimensionMeans(List<DimensionScores> scores, int[] labels, int profile) {
		List<ProfileResult.DimensionMean> means = new ArrayList<>();
		for (DimensionScores dimension : scores) {
			double mean = mean(dimension.scores(), labels, profile);
			double overall = mean(dimension.scores(), labels, -1);
			means.add(new ProfileResult.DimensionMean(dimension.name(), mean, overall, mean - overall));
		}
		return List.copyOf(means);
	}

	/** The mean of the scores of the rows of {@code profile} (-1: all rows), leaving NaN out. */
	private static double mean(double[] scores, int[] labels, int profile) {
		double sum = 0;
		int n = 0;
		for (int i = 0; i < scores.length; i++) {
			if ((profile < 0 || labels[i] == profile) && !Double.isNaN(scores[i])) {
				sum += scores[i];
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}
}
