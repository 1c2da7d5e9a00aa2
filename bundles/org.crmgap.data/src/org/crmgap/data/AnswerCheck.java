package org.crmgap.data;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts, for every checked column at once (one pass over the table), the values that are not numbers, lie
 * outside the column's range or are not whole numbers where only those are answers; then finds the first
 * line of each problem found. Columns the engine read as numbers are counted only when a min/max pass found
 * values outside their range, or, for non-integer types, to find fractions. Each problem is counted once (3.5 on a 1–7 scale is "not a whole number",
 * 9.5 is "outside").
 */
final class AnswerCheck {

	/** One kind of bad value in one column: an SQL condition over the raw column and its description. */
	record Problem(String column, String condition, String description) {
	}

	private static final List<String> INTEGER = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT",
			"USMALLINT", "UINTEGER", "UBIGINT");
	private static final List<String> NUMERIC = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "FLOAT",
			"DOUBLE", "DECIMAL", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT");

	private final Statement statement;
	private final Path file;
	private final String table;
	private final Map<String, String> types;

	AnswerCheck(Statement statement, Path file, String table, Map<String, String> types) {
		this.statement = statement;
		this.file = file;
		this.table = table;
		this.types = types;
	}

	/** The SQL value of a checked column as a number: NULL where it is not one. */
	static String number(String column) {
		return "TRY_CAST(" + DuckDbEngine.identifier(column) + " AS DOUBLE)";
	}

	/** The condition under which a present number is kept. */
	static String kept(String column, ColumnCheck check) {
		String number = number(column);
		String condition = number + " BETWEEN " + check.min() + " AND " + check.max();
		return check.wholeNumbers() ? condition + " AND " + number + " = floor(" + number + ")" : condition;
	}

	List<DataWarning> warnings(List<String> columns, Function<String, ColumnCheck> checks) throws SQLException {
		List<Problem> problems = problems(columns, checks, outOfRange(columns, checks));
		List<DataWarning> warnings = new ArrayList<>();
		if (problems.isEmpty()) {
			return warnings;
		}
		List<String> counts = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			counts.add("count(*) FILTER (WHERE " + problems.get(i).condition() + ") AS c" + i);
		}
		long[] found = new long[problems.size()];
		try (ResultSet row = statement.executeQuery("SELECT " + String.join(", ", counts) + " FROM " + table)) {
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

	/**
	 * The bounded columns the engine read as numbers whose smallest or largest value lies outside the range: one pass
	 * of min/max, far cheaper than counting each problem in every column (a clean file needs no more).
	 */
	private Set<String> outOfRange(List<String> columns, Function<String, ColumnCheck> checks) throws SQLException {
		List<String> numeric = columns.stream().filter(c -> checks.apply(c) != null && checks.apply(c).bounded()
				&& isNumeric(types.get(c))).toList();
		Set<String> outside = new HashSet<>();
		if (numeric.isEmpty()) {
			return outside;
		}
		List<String> extremes = new ArrayList<>();
		for (String column : numeric) {
			extremes.add("min(" + number(column) + "), max(" + number(column) + ")");
		}
		try (ResultSet row = statement.executeQuery("SELECT " + String.join(", ", extremes) + " FROM " + table)) {
			row.next();
			for (int i = 0; i < numeric.size(); i++) {
				ColumnCheck check = checks.apply(numeric.get(i));
				double min = row.getDouble(2 * i + 1);
				boolean empty = row.wasNull();
				double max = row.getDouble(2 * i + 2);
				if (!empty && (min < check.min() || max > check.max())) {
					outside.add(numeric.get(i));
				}
			}
		}
		return outside;
	}

	/** {@code outside}: the numeric columns with values outside their range; the others need no bounds count. */
	private List<Problem> problems(List<String> columns, Function<String, ColumnCheck> checks, Set<String> outside) {
		List<Problem> problems = new ArrayList<>();
		for (String column : columns) {
			ColumnCheck check = checks.apply(column);
			if (check == null) {
				continue;
			}
			String id = DuckDbEngine.identifier(column);
			String number = number(column);
			String type = types.get(column);
			boolean numeric = isNumeric(type);
			if (!numeric) {
				// the engine read the column as text: something in it is not a number
				problems.add(new Problem(column, id + " IS NOT NULL AND trim(CAST(" + id + " AS VARCHAR)) <> '' AND " + number
						+ " IS NULL", "non-numeric value(s)"));
			}
			if (check.bounded() && (!numeric || outside.contains(column))) {
				problems.add(new Problem(column, number + " NOT BETWEEN " + check.min() + " AND " + check.max(),
						"value(s) outside " + check.rangeText()));
			}
			// a column the engine read as integers holds whole numbers only
			if (check.wholeNumbers() && !INTEGER.contains(type)) {
				problems.add(new Problem(column, number + " BETWEEN " + check.min() + " AND " + check.max() + " AND " + number
						+ " <> floor(" + number + ")", "value(s) that are not whole numbers (the scale is not continuous)"));
			}
		}
		return problems;
	}

	static boolean isNumeric(String type) {
		return type != null && (NUMERIC.contains(type) || type.startsWith("DECIMAL"));
	}

	private DataWarning first(Problem problem, long count) throws SQLException {
		String sql = "SELECT rowid + 2, CAST(" + DuckDbEngine.identifier(problem.column()) + " AS VARCHAR) FROM " + table
				+ " WHERE " + problem.condition() + " ORDER BY rowid LIMIT 1";
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return new DataWarning(file.toString(), problem.column(), count, row.getLong(1), Excerpts.cell(row.getString(2)),
					problem.description(), "excluded");
		}
	}
}
