package org.crmgap.data;

/** A counted problem in the data that was excluded, not fatal: e.g. 3 non-numeric answers in column P7. */
public record DataWarning(String file, String column, long count, long firstLine, String firstValue, String problem) {

	@Override
	public String toString() {
		return file + " column " + column + ": " + count + " " + problem + " excluded (first at line " + firstLine
				+ ": '" + firstValue + "')";
	}
}
