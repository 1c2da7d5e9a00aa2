package org.crmgap.data;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Respondents whose segment cell is empty: they count in "all" and in a group of their own. */
public final class Segments {

	/** The group of the respondents without a segment. */
	public static final String NONE = "(no segment)";
	/** The problem of the warning about rows without a segment. */
	public static final String WITHOUT_SEGMENT = "row(s) without a segment";

	private Segments() {
	}

	/** The segment of a row as SQL: NULL when the cell is empty or blank. */
	public static String of(String column) {
		return "NULLIF(trim(CAST(" + DuckDbEngine.identifier(column) + " AS VARCHAR)), '')";
	}

	static Optional<DataWarning> withoutSegment(Statement statement, Path file, String table, String column)
			throws SQLException {
		try (ResultSet row = statement.executeQuery("SELECT count(*), min(rowid) + 2 FROM " + table + " WHERE " + of(column)
				+ " IS NULL")) {
			row.next();
			long count = row.getLong(1);
			return count == 0 ? Optional.empty()
					: Optional.of(new DataWarning(file.toString(), column, count, row.getLong(2), "", WITHOUT_SEGMENT,
							"counted in 'all' and in '" + NONE + "'"));
		}
	}
}
