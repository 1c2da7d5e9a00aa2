package org.crmgap.indicators;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small SQL expression helpers for answer columns (DOUBLE, NULL when missing). */
final class Sql {

	private Sql() {
	}

	static String column(String prefix, int item) {
		return "\"" + prefix + item + "\"";
	}

	static String diff(String left, String right, int item) {
		return "(" + column(left, item) + " - " + column(right, item) + ")";
	}

	/** Mean of the non-null values of the expressions in one row; NULL when all are null. */
	static String rowMean(List<Integer> items, Function<Integer, String> expression) {
		String sum = items.stream().map(i -> "COALESCE(" + expression.apply(i) + ", 0)").collect(Collectors.joining(" + "));
		String count = items.stream().map(i -> "CAST(" + expression.apply(i) + " IS NOT NULL AS INTEGER)")
				.collect(Collectors.joining(" + "));
		return "(" + sum + ") / NULLIF(" + count + ", 0)";
	}

	static String allPresent(List<Integer> items, String prefix) {
		return items.stream().map(i -> column(prefix, i) + " IS NOT NULL").collect(Collectors.joining(" AND "));
	}

	static String sum(List<Integer> items, String prefix) {
		return items.stream().map(i -> column(prefix, i)).collect(Collectors.joining(" + "));
	}
}
