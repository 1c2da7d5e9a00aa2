package org.crmgap.ui.compare;

import org.crmgap.model.compare.ModelChange;

/** A change as one line of the comparison tree, below its element: what happened, old → new where it has both. */
final class ChangeLabels {

	/** Longer values (descriptions) are cut: the row stays one line; both versions' trees show the element. */
	private static final int LONGEST = 60;

	private ChangeLabels() {
	}

	static String of(ModelChange c) {
		return switch (c.kind()) {
			case ADDED -> "added " + c.after();
			case REMOVED -> "removed " + c.before();
			case MOVED -> "moved from " + c.before() + " to " + c.after();
			case RENAMED -> "renamed from " + quote(c.before()) + " to " + quote(c.after());
			case CHANGED -> c.feature() + ": " + quote(c.before()) + " → " + quote(c.after());
			case REFERENCE_CHANGED -> c.feature() + ": " + unset(c.before()) + " → " + unset(c.after());
			case REFERENCE_ADDED -> c.feature() + ": added " + c.after();
			case REFERENCE_REMOVED -> c.feature() + ": removed " + c.before();
		};
	}

	private static String unset(String value) {
		return value == null ? "(unset)" : value;
	}

	private static String quote(String value) {
		if (value == null) {
			return "(unset)";
		}
		String line = value.replace('\n', ' ');
		return "'" + (line.length() > LONGEST ? line.substring(0, LONGEST - 1) + "…" : line) + "'";
	}
}
