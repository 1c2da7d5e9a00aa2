package org.crmgap.data;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes every checked column numeric (text columns become DOUBLE), NULL where a value was not a number or
 * failed its check. Columns the engine already read as numbers keep their type, and need a pass only when
 * the check found something in them.
 */
final class NumericColumns {

	private final Statement statement;
	private final String table;
	private final Map<String, String> types;

	NumericColumns(Statement statement, String table, Map<String, String> types) {
		this.statement = statement;
		this.table = table;
		this.types = types;
	}

	/** {@code flagged}: the columns the check found bad values in. */
	void apply(List<String> columns, Function<String, ColumnCheck> checks, Set<String> flagged) throws SQLException {
		for (String column : columns) {
			ColumnCheck check = checks.apply(column);
			if (check == null) {
				continue;
			}
			String id = DuckDbEngine.identifier(column);
			String kept = AnswerCheck.kept(column, check);
			if (!AnswerCheck.isNumeric(types.get(column))) {
				statement.execute("ALTER TABLE " + table + " ALTER " + id + " TYPE DOUBLE USING CASE WHEN " + kept + " THEN "
						+ AnswerCheck.number(column) + " END");
			} else if (flagged.contains(column)) {
				statement.execute("UPDATE " + table + " SET " + id + " = NULL WHERE NOT (" + kept + ")");
			}
		}
	}
}
