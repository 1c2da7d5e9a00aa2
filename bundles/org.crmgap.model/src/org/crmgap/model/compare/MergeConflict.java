package org.crmgap.model.compare;

/**
 * A conflict of a three-way merge, on an element matched by its id: {@code element} names it as the user knows it, and
 * {@code feature}, {@code base}, {@code ours} and {@code theirs} (the values, as text) are set where the kind has them;
 * {@code resolution} says which side the merged model holds (ours', unless theirs was chosen) and what that did.
 */
public record MergeConflict(Kind kind, String id, String element, String feature, String base, String ours, String theirs,
		String resolution) {

	/** The conflict's identity across merges of the same versions (the resolution left out: it says which side is kept). */
	public String key() {
		return key(kind, id, feature);
	}

	static String key(Kind kind, String id, String feature) {
		return kind + " " + id + " " + feature;
	}

	/** What the two sides did. */
	public enum Kind {
		/** The same feature of the same element changed to different values (or moved to different places). */
		CHANGED_ON_BOTH_SIDES("changed on both sides"),
		/** Deleted in ours, changed (or something inside it changed) in theirs. */
		DELETED_IN_OURS("deleted in ours, changed in theirs"),
		/** Deleted in theirs, changed (or something inside it changed) in ours. */
		DELETED_IN_THEIRS("deleted in theirs, changed in ours"),
		/** A reference to an element the other side deleted. */
		REFERENCE_TO_DELETED("refers to an element the other side deleted"),
		/** The merged model breaks a validation rule neither side broke (found by whoever validates the result). */
		INVALID("does not validate");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
