package org.crmgap.indicators;

/**
 * The columns holding one item's answers: expectation, perception, desired, adequate, managers' estimate.
 * Any may be null when the item is not asked that way.
 */
public record ItemColumns(int item, String expectation, String perception, String desired, String adequate, String manager) {

	public ItemColumns {
		expectation = blankToNull(expectation);
		perception = blankToNull(perception);
		desired = blankToNull(desired);
		adequate = blankToNull(adequate);
		manager = blankToNull(manager);
	}

	/** The plain wide convention: E1, P1, D1, A1, M1. */
	public static ItemColumns wide(int item) {
		return new ItemColumns(item, "E" + item, "P" + item, "D" + item, "A" + item, "M" + item);
	}

	private static String blankToNull(String column) {
		return column == null || column.isBlank() ? null : column;
	}
}
