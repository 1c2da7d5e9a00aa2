package org.crmgap.data;

/**
 * A counted problem in the data that is not fatal: e.g. 3 non-numeric answers in column P7, excluded; or
 * 2 rows without a segment, counted in "all" only. {@code firstValue} is a short excerpt of the first cell.
 * {@code firstLine} is a line of the file, or, when {@code queryRows}, a row of a SQL source's query result
 * ({@code file} then names the source and its database).
 */
public record DataWarning(String file, String column, long count, long firstLine, String firstValue, String problem,
		String outcome, boolean queryRows) {

	/** A warning about a file's lines. */
	public DataWarning(String file, String column, long count, long firstLine, String firstValue, String problem,
			String outcome) {
		this(file, column, count, firstLine, firstValue, problem, outcome, false);
	}

	/**
	 * A warning about rows read from {@code read}, the first of them the table's row {@code rowid} (0-based, the data's
	 * order): a line of a file (its header line 1), a row of a query's result.
	 */
	public static DataWarning first(DataFingerprint read, String column, long count, long rowid, String firstValue, String problem,
			String outcome) {
		return read.ofQuery() ? new DataWarning(read.file(), column, count, rowid + 1, firstValue, problem, outcome, true)
				: new DataWarning(read.file(), column, count, rowid + 2, firstValue, problem, outcome);
	}

	@Override
	public String toString() {
		return file + " column " + column + ": " + count + " " + problem + " " + outcome + " (first at "
				+ (queryRows ? QueryCsv.row(firstLine) : "line " + firstLine) + (firstValue.isEmpty() ? "" : ": '" + firstValue + "'") + ")";
	}
}
