package org.crmgap.data;

import java.util.regex.Pattern;

/** A cell written to a temporary CSV file for the usual loader: quoted when a delimiter, quote, line break or edge space would be lost. */
final class CsvCells {

	private static final Pattern NEEDS_QUOTES = Pattern.compile("[,;\"\r\n]|^\\s|\\s$");

	private CsvCells() {
	}

	/** The cell as a CSV field: as it is, or in quotes with its quotes doubled. */
	static String quoted(String cell) {
		return NEEDS_QUOTES.matcher(cell).find() ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
