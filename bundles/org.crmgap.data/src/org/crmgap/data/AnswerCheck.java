package org.crmgap.data;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts, for every numeric column at once (one pass over the table), the values that are not numbers or
 * lie outside the column's range; then finds the first line of each problem found.
 */
final class AnswerCheck {

	private record Problem(String column, String condition, String description) {
	}

	private static final List<String> NUMERIC = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "FLOAT",
			"DOUBLE", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT");

	private final Statement statement;
	private final Path file;
	private final String raw;
	private final Map<String, String> types;

	AnswerCheck(Statement statement, Path file, String raw, Map<String, String> types) {
		this.statement = statement;
		this.file = file;
		this.raw = raw;
		this.types = types;
	}

	List<DataWarning> warnings(List<String> columns, Function<String, double[]> ranges) throws SQLException {
		List<Problem> problems = new ArrayList<>();
		for (String column : columns) {
			double[] range = ranges.apply(column);
			if (range == null) {
				continue;
			}
			String id = DuckDbEngine.identifier(column);
			String number = "TRY_CAST(" + id + " AS DOUBLE)";
			if (!isNumeric(types.get(column))) {
				// the engine read the column as text: something in it is not a number
				problems.add(new Problem(column, id + " IS NOT NULL AND trim(CAST(" + id + " AS VARCHAR)) <> '' AND " + number
						+ " IS NULL", "non-numeric value(s)"));
			}
			if (range[0] > -Double.MAX_VALUE || range[1] < Double.MAX_VALUE) {
				problems.add(new Problem(column, number + " NOT BETWEEN " + range[0] + " AND " + range[1],
						"answer(s) outside " + format(range[0]) + ".." + format(range[1])));
			}
		}
		List<DataWarning> warnings = new ArrayList<>();
		if (problems.isEmpty()) {
			return warnings;
		}
		List<String> counts = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			counts.add("count(*) FILTER (WHERE " + problems.get(i).condition() + ") AS c" + i);
		}
		long[] found = new long[problems.size()];
		try (ResultSet row = statement.executeQuery("SELECT " + String.join(", ", counts) + " FROM " + raw)) {
			row.next();
			for (int i = 0; i < found.length; i++) {
				found[i] = row.getLong(i + 1);
			}
		}
		for (int i = 0; i < found.length; i++) {
			if (found[i] > 0) {
				warnings.add(first(problems.get(i), found[i]));
			}
		}
		return warnings;
	}

	static boolean isNumeric(String type) {
		return type != null && NUMERIC.contains(type);
	}

	private DataWarning first(Problem problem, long count) throws SQLException {
		String sql = "SELECT rowid + 2, CAST(" + DuckDbEngine.identifier(problem.column()) + " AS VARCHAR) FROM " + raw + " WHERE "
				+ problem.condition() + " ORDER BY rowid LIMIT 1";
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return new DataWarning(file.toString(), problem.column(), count, row.getLong(1), row.getString(2),
					problem.description());
		}
	}

	private static String format(double value) {
		return Math.abs(value) == Double.MAX_VALUE ? "" : String.valueOf((long) value);
	}
}
