package org.crmgap.data;

import java.sql.SQLException;

/**
 * What of an engine error may be shown: DuckDB's messages go on with the raw lines of the file
 * ({@code Original Line: …}), the SQL and advice about its own options. Only the start of the first line is
 * kept, cut before any quoted file content and shortened, so no more than a short excerpt of the data is echoed.
 */
final class EngineMessages {

	static final int MAX_LENGTH = 100;

	private EngineMessages() {
	}

	static String excerpt(SQLException e) {
		String message = e.getMessage() == null ? "" : e.getMessage().strip();
		String first = message.lines().findFirst().orElse("").strip();
		int original = first.indexOf("Original Line");
		if (original >= 0) {
			first = first.substring(0, original).strip();
		}
		if (first.isEmpty()) {
			return e.getClass().getSimpleName();
		}
		return first.length() <= MAX_LENGTH ? first : first.substring(0, MAX_LENGTH) + "…";
	}
}
