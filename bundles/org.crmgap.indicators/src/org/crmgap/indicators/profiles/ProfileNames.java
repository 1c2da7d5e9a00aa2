package org.crmgap.indicators.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests a name for each profile from what sets it apart: the mean standardized difference of each theme (a dimension's
 * expectations, a bond, ...) over the theme's items. The theme furthest from the overall mean names the profile ("High
 * Reliability expectations"), with the furthest theme on the other side when that is at least half as far ("Low social
 * bond, high financial bond"); when every theme lies on the same side and the nearest is at least half as far as the
 * furthest, the profile is high or low across the board ("High expectations overall"). A name taken by an earlier
 * profile gets " (2)", " (3)", ... as the model's sibling names do. The user edits the names.
 */
final class ProfileNames {

	/** A theme no nearer than this share of the furthest one on the same side makes the difference "overall". */
	static final double OVERALL = 0.5;

	private ProfileNames() {
	}

	/**
	 * {@code differences}: each profile's standardized difference of every item (in the same item order);
	 * {@code expectationsOnly}: every item is an expectation item (the overall name says "expectations", else "answers").
	 */
	static List<String> names(List<List<ProfileResult.ItemDifference>> differences, boolean expectationsOnly) {
		List<String> names = new ArrayList<>();
		Map<String, Integer> taken = new HashMap<>();
		for (List<ProfileResult.ItemDifference> profile : differences) {
			String name = name(profile, expectationsOnly);
			int count = taken.merge(name, 1, Integer::sum);
			names.add(count == 1 ? name : name + " (" + count + ")");
		}
		return names;
	}

	static String name(List<ProfileResult.ItemDifference> items, boolean expectationsOnly) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (ProfileResult.ItemDifference item : items) {
			double[] sum = sums.computeIfAbsent(item.theme(), t -> new double[2]);
			sum[0] += item.standardized();
			sum[1]++;
		}
		Map<String, Double> means = new LinkedHashMap<>();
		sums.forEach((theme, sum) -> means.put(theme, sum[0] / sum[1]));
		String top = furthest(means, 0);
		double furthest = means.get(top);
		String level = furthest >= 0 ? "High" : "Low";
		boolean sameSide = means.values().stream().allMatch(m -> m > 0) || means.values().stream().allMatch(m -> m < 0);
		double nearest = means.values().stream().mapToDouble(Math::abs).min().orElse(0);
		if (means.size() > 1 && sameSide && nearest >= OVERALL * Math.abs(furthest)) {
			return level + (expectationsOnly ? " expectations" : " answers") + " overall";
		}
		String other = furthest(means, -Math.signum(furthest));
		if (other != null && !other.equals(top) && Math.abs(means.get(other)) >= OVERALL * Math.abs(furthest)) {
			return level + " " + top + ", " + (furthest >= 0 ? "low " : "high ") + other;
		}
		return level + " " + top;
	}

	/** The theme furthest from 0 on the side of {@code sign} (0: either side), the first of equal ones; null: none. */
	private static String furthest(Map<String, Double> means, double sign) {
		String theme = null;
		for (Map.Entry<String, Double> mean : means.entrySet()) {
			boolean side = sign == 0 || Math.signum(mean.getValue()) == sign;
			if (side && (theme == null || Math.abs(mean.getValue()) > Math.abs(means.get(theme)))) {
				theme = mean.getKey();
			}
		}
		return theme;
	}
}
