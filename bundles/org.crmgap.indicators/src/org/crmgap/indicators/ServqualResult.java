package org.crmgap.indicators;

import java.util.List;

import org.crmgap.data.Scale;

/**
 * The SERVQUAL analysis of a survey: one group for all respondents, then one per segment (by name), and
 * the knowledge gap when managers' answers were given, and what the survey lacks (items or dimensions
 * without answers: then there is no SERVQUAL score). Plain immutable values; undefined numbers (a test on
 * fewer than two scores, a missing column, a score of a partial survey) are null.
 */
public record ServqualResult(Scale scale, List<Group> groups, KnowledgeGap knowledgeGap, List<String> warnings) {

	/** Customer gap (gap 5) of one group of respondents. */
	public record Group(String segment, long respondents, Double unweighted, Double weighted,
			List<Dimension> dimensions, List<Item> items) {
	}

	/** Dimension gap with its one-sample t-test against 0, reliability and zone of tolerance. */
	public record Dimension(String name, Double gap, long n, Double t, Long df, Double p, Double ciLow, Double ciHigh,
			Double alphaP, Double alphaE, Double msa, Double mss) {

		/**
		 * Where perceived service lies against the zone of tolerance (domain reference): below when MSA &lt; 0, above when
		 * MSS &gt; 0, else inside; null without A and D answers.
		 */
		public Zone zone() {
			if (msa == null || mss == null || msa.isNaN() || mss.isNaN()) {
				return null;
			}
			return msa < 0 ? Zone.BELOW : mss > 0 ? Zone.ABOVE : Zone.INSIDE;
		}
	}

	/** Perceived service against the zone of tolerance. */
	public enum Zone {
		BELOW("below the zone"), INSIDE("inside the zone"), ABOVE("above the zone");

		private final String label;

		Zone(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * Item gap; {@code below}, {@code inside}, {@code above}: the shares of the {@code zoneN} respondents who answered P, A
	 * and D of the item whose perception lies below the zone of tolerance (P &lt; A), else above it (P &gt; D), else
	 * inside (null without A and D columns).
	 */
	public record Item(int item, String dimension, Double gap, long n, Double below, Double inside, Double above, Long zoneN) {
	}

	/** Gap 1: managers' estimates against customers' expectations, with Welch's test per dimension. */
	public record KnowledgeGap(List<KnowledgeItem> items, List<KnowledgeDimension> dimensions) {
	}

	public record KnowledgeItem(int item, Double gap) {
	}

	/** {@code managers} and {@code customers}: how many of each had a score for the dimension. */
	public record KnowledgeDimension(String name, Double gap, Double t, Double df, Double p, long managers, long customers) {
	}
}
