package org.crmgap.indicators.profiles;

import java.util.List;

/**
 * The relationship profiles found in a survey's answers.
 *
 * @param file the survey file
 * @param items the item columns clustered on
 * @param rows the survey's rows
 * @param complete the rows with an answer to every item (clustered); the others are left out
 * @param seed the seed of the k-means++ starts: the same seed, items and data give the same profiles
 * @param starts the k-means++ starts per k
 * @param silhouetteRows the rows the silhouette widths are computed on when fewer than {@code complete} (a seeded sample
 *        of a large survey), else null
 * @param candidates the best partition of each k, with its mean silhouette width
 * @param k the number of profiles proposed: the k with the highest mean silhouette width, or the one asked for
 * @param kGiven whether k was asked for rather than chosen by the silhouette
 * @param profiles the proposed profiles, largest first
 * @param segments the profiles against the survey's known segments, null when it has none
 * @param assignments every respondent of the survey in file order with its profile's number (null when left out)
 * @param warnings what the user should know about the result
 */
public record ProfileResult(String file, List<String> items, long rows, long complete, long seed, int starts,
		Integer silhouetteRows, List<Candidate> candidates, int k, boolean kGiven, List<Profile> profiles,
		SegmentComparison segments, List<Assignment> assignments, List<String> warnings) {

	/**
	 * The best of the starts for one k.
	 *
	 * @param k the number of profiles
	 * @param silhouette the mean silhouette width (higher: better separated profiles)
	 * @param withinSs the within-cluster sum of squares (the starts' criterion)
	 * @param start the start it came from, 1 to {@code starts}
	 * @param initialCentres the respondents whose answers were the starting centres, in the clusterer's order
	 * @param sizes the profiles' sizes, largest first
	 * @param centres each profile's mean answer to each item, in the order of {@code sizes}
	 */
	public record Candidate(int k, double silhouette, double withinSs, int start, List<String> initialCentres,
			List<Integer> sizes, List<List<Double>> centres) {
	}

	/**
	 * A proposed profile.
	 *
	 * @param profile its number, 1 for the largest
	 * @param name the suggested name, from the items that set it apart
	 * @param size its respondents
	 * @param share its share of the clustered respondents
	 * @param dimensions its mean expectation per dimension against the overall mean (dimensions with expectation columns)
	 * @param apart the items that set it apart most: the largest standardized differences from the overall mean
	 */
	public record Profile(int profile, String name, int size, double share, List<DimensionMean> dimensions,
			List<ItemDifference> apart) {
	}

	/**
	 * A profile's mean expectation on a dimension: the mean over its respondents of each one's mean expectation over the
	 * dimension's items that one answered, against the same over all clustered respondents.
	 */
	public record DimensionMean(String name, double mean, double overall, double difference) {
	}

	/**
	 * An item's mean in a profile against its overall mean, and the difference in the item's standard deviations over
	 * all clustered respondents (0 when every respondent gave the same answer); {@code theme} says what it is about.
	 */
	public record ItemDifference(String item, String theme, double mean, double overall, double standardized) {
	}

	/**
	 * The profiles against the known segments of the clustered respondents that have one.
	 *
	 * @param column the segment column
	 * @param respondents the clustered respondents with a segment
	 * @param withoutSegment the clustered respondents without one (left out of the comparison)
	 * @param adjustedRand the adjusted Rand index of profiles and segments (null when undefined)
	 * @param segments the segments in byte order
	 * @param counts for each profile (in order), how many of its respondents are in each segment
	 */
	public record SegmentComparison(String column, long respondents, long withoutSegment, Double adjustedRand,
			List<String> segments, List<List<Long>> counts) {
	}

	/** A respondent and the number of its profile, null when it was left out. */
	public record Assignment(String respondent, Integer profile) {
	}

	/** The candidate of the proposed k. */
	public Candidate chosen() {
		return candidates.stream().filter(c -> c.k() == k).findFirst().orElseThrow();
	}
}
