package org.crmgap.data;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Counts the answers of one column that are not numbers or lie outside their range, with the first of each. */
final class AnswerCheck {

	private final Statement statement;
	private final Path file;
	private final String raw;
	private final String column;

	AnswerCheck(Statement statement, Path file, String raw, String column) {
		this.statement = statement;
		this.file = file;
		this.raw = raw;
		this.column = column;
	}

	List<DataWarning> warnings(double[] range) throws SQLException {
		List<DataWarning> warnings = new ArrayList<>();
		if (range == null) {
			return warnings;
		}
		String id = DuckDbEngine.identifier(column);
		String number = "TRY_CAST(" + id + " AS DOUBLE)";
		add(warnings, id + " IS NOT NULL AND trim(" + id + ") <> '' AND " + number + " IS NULL", "non-numeric value(s)");
		if (range[0] > -Double.MAX_VALUE || range[1] < Double.MAX_VALUE) {
			add(warnings, number + " NOT BETWEEN " + range[0] + " AND " + range[1],
					"answer(s) outside " + format(range[0]) + ".." + format(range[1]));
		}
		return warnings;
	}

	private void add(List<DataWarning> warnings, String condition, String problem) throws SQLException {
		String sql = "SELECT count(*) OVER (), rowid + 2, " + DuckDbEngine.identifier(column) + " FROM " + raw + " WHERE "
				+ condition + " ORDER BY rowid LIMIT 1";
		try (ResultSet result = statement.executeQuery(sql)) {
			if (result.next()) {
				warnings.add(new DataWarning(file.toString(), column, result.getLong(1), result.getLong(2),
						result.getString(3), problem));
			}
		}
	}

	private static String format(double value) {
		return Math.abs(value) == Double.MAX_VALUE ? "" : String.valueOf((long) value);
	}
}
