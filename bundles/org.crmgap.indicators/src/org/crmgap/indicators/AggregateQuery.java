package org.crmgap.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SELECT of named aggregate expressions, read back by name; keeps the SQL and the reading in step. */
final class AggregateQuery {

	private final Map<String, String> expressions = new LinkedHashMap<>();

	String add(String alias, String expression) {
		expressions.put(alias, expression);
		return alias;
	}

	String selectList() {
		List<String> parts = new ArrayList<>();
		expressions.forEach((alias, expression) -> parts.add(expression + " AS " + alias));
		return String.join(",\n  ", parts);
	}

	/** The value of {@code alias} in the current row, null when SQL gave NULL. */
	static Double number(ResultSet row, String alias) throws SQLException {
		double value = row.getDouble(alias);
		return row.wasNull() ? null : value;
	}

	static long count(ResultSet row, String alias) throws SQLException {
		return row.getLong(alias);
	}
}
