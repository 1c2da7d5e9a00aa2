package org.crmgap.indicators.profiles;

import java.util.HashSet;
import java.util.List;

/**
 * What a profile discovery clusters on and how: the item columns ({@code items}, empty: the expectation items and any
 * relationship-bond items, {@link ProfileColumns#defaultItems}), the number of profiles ({@code k}, null: the k of
 * {@link #MIN_K}..{@link #MAX_K} with the highest mean silhouette width), the seed of the k-means++ starts (the same seed
 * gives the same profiles), the number of starts per k, and the column holding the respondents' known segments (null:
 * the table's own segment column, if any), against which the profiles are compared.
 */
public record ProfileOptions(List<String> items, Integer k, long seed, int starts, String segmentColumn) {

	/** The fewest profiles proposed. */
	public static final int MIN_K = 2;
	/** The most profiles proposed: the silhouette table covers {@link #MIN_K}..{@code MAX_K}. */
	public static final int MAX_K = 6;
	/** The seed when none is given. */
	public static final long DEFAULT_SEED = 20250917L;
	/** k-means++ starts per k when not given; the best start (least within-cluster sum of squares) is kept. */
	public static final int DEFAULT_STARTS = 10;
	/** The most starts per k accepted. */
	public static final int MAX_STARTS = 1000;

	public ProfileOptions {
		items = items == null ? List.of() : List.copyOf(items);
		if (k != null && (k < MIN_K || k > MAX_K)) {
			throw new IllegalArgumentException("k must be between " + MIN_K + " and " + MAX_K + ", not " + k);
		}
		if (starts < 1 || starts > MAX_STARTS) {
			throw new IllegalArgumentException("the number of starts must be between 1 and " + MAX_STARTS + ", not " + starts);
		}
		if (new HashSet<>(items).size() < items.size()) {
			throw new IllegalArgumentException("an item is named twice in " + String.join(",", items));
		}
		if (items.stream().anyMatch(i -> i.isBlank())) {
			throw new IllegalArgumentException("an empty item name in '" + String.join(",", items) + "'");
		}
	}

	/** The defaults: expectation and bond items, k by silhouette, the default seed and starts, the table's segments. */
	public static ProfileOptions defaults() {
		return new ProfileOptions(List.of(), null, DEFAULT_SEED, DEFAULT_STARTS, null);
	}
}
