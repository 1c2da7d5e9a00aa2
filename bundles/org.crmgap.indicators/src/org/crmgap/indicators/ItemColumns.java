package org.crmgap.indicators;

/**
 * The columns holding one item's answers: expectation, perception, desired, adequate, managers' estimate.
 * Any may be null when the data has no such column.
 */
public record ItemColumns(int item, String expectation, String perception, String desired, String adequate, String manager) {

	/** The plain wide convention: E1, P1, D1, A1, M1. */
	public static ItemColumns wide(int item) {
		return new ItemColumns(item, "E" + item, "P" + item, "D" + item, "A" + item, "M" + item);
	}
}
