package org.crmgap.data;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes every numeric column numeric (text columns become DOUBLE), NULL where a value was not a number or
 * lay outside its range. Columns the engine already read as numbers keep their type: no extra pass.
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

	/** {@code outOfRange}: the columns the checks found values outside the range in; only they need a pass. */
	void apply(List<String> columns, Function<String, double[]> ranges, java.util.Set<String> outOfRange) throws SQLException {
		for (String column : columns) {
			double[] range = ranges.apply(column);
			if (range == null) {
				continue;
			}
			String id = DuckDbEngine.identifier(column);
			String number = "TRY_CAST(" + id + " AS DOUBLE)";
			String kept = "CASE WHEN " + number + " BETWEEN " + range[0] + " AND " + range[1] + " THEN " + number + " END";
			if (!AnswerCheck.isNumeric(types.get(column))) {
				statement.execute("ALTER TABLE " + table + " ALTER " + id + " TYPE DOUBLE USING " + kept);
			} else if (outOfRange.contains(column)) {
				statement.execute("UPDATE " + table + " SET " + id + " = NULL WHERE " + id + " NOT BETWEEN " + range[0] + " AND "
						+ range[1]);
			}
		}
	}
}
