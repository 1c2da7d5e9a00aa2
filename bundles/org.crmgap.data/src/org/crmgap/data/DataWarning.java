package org.crmgap.data;

/**
 * A counted problem in the data that is not fatal: e.g. 3 non-numeric answers in column P7, excluded; or
 * 2 rows without a segment, counted in "all" only. {@code firstValue} is a short excerpt of the first cell.
 */
public record DataWarning(String file, String column, long count, long firstLine, String firstValue, String problem,
		String outcome) {

	@Override
	public String toString() {
		return file + " column " + column + ": " + count + " " + problem + " " + outcome + " (first at line " + firstLine
				+ (firstValue.isEmpty() ? "" : ": '" + firstValue + "'") + ")";
	}
}
