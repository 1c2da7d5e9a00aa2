package org.crmgap.model.compare;

/**
 * One semantic change between two versions of a model, for an element matched by its id. {@code element} names the
 * element as the user knows it ("Gap 'Reliability'"); {@code feature}, {@code before} and {@code after} are set where
 * the kind has them (null otherwise).
 */
public record ModelChange(Kind kind, String id, String element, String feature, String before, String after) {

	/** What happened to the element. */
	public enum Kind {
		ADDED("added"), REMOVED("removed"), MOVED("moved"), RENAMED("renamed"), CHANGED("changed"),
		REFERENCE_CHANGED("reference changed"), REFERENCE_ADDED("reference added"), REFERENCE_REMOVED("reference removed");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
