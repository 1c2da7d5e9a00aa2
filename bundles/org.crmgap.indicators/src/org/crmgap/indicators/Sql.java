package org.crmgap.indicators;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small SQL expression helpers for answer columns (DOUBLE, NULL when missing). */
final class Sql {

	private Sql() {
	}

	static String id(String column) {
		return "\"" + column.replace("\"", "\"\"") + "\"";
	}

	/** A string literal for values that come from the model (names, keys). */
	static String literal(String text) {
		return "'" + String.valueOf(text).replace("'", "''") + "'";
	}

	static String diff(String left, String right) {
		return "(" + id(left) + " - " + id(right) + ")";
	}

	/** Mean of the non-null values of the expressions in one row; NULL when all are null. */
	static <T> String rowMean(List<T> items, Function<T, String> expression) {
		String sum = items.stream().map(i -> "COALESCE(" + expression.apply(i) + ", 0)").collect(Collectors.joining(" + "));
		String count = items.stream().map(i -> "CAST(" + expression.apply(i) + " IS NOT NULL AS INTEGER)")
				.collect(Collectors.joining(" + "));
		return "(" + sum + ") / NULLIF(" + count + ", 0)";
	}

	static String allPresent(List<String> columns) {
		return columns.stream().map(c -> id(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
	}

	static String sum(List<String> columns) {
		return columns.stream().map(Sql::id).collect(Collectors.joining(" + "));
	}
}
