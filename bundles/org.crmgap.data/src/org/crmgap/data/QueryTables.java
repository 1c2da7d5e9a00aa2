package org.crmgap.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SQL data source's query as a table that stays in its database: the indicator queries read it as a subquery
 * ({@link DataTable#from()}), so only their aggregates travel. Checked as a long table: the query runs, gives every
 * column the model names, numbers where numbers are needed (the database has typed them; no cell is converted or
 * excluded here) and at least one row. A survey's rows, checked cell by cell, are read out instead ({@link QueryCsv}).
 */
public final class QueryTables {

	private static final Set<Integer> NUMBERS = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL,
			Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL);

	private QueryTables() {
	}

	/**
	 * The rows of {@code query} on {@code connection} as table {@code name} (a plain identifier chosen by the caller);
	 * {@code where} names the source in messages. Only unbounded number checks ({@link ColumnCheck#anyNumber()}).
	 */
	public static DataTable load(Connection connection, String where, String query, String name, ColumnRules rules)
			throws DataException {
		String from = subquery(where, query, name);
		try {
			List<String> columns = new ArrayList<>();
			List<Integer> types = new ArrayList<>();
			List<String> typeNames = new ArrayList<>();
			try (PreparedStatement shape = connection.prepareStatement("SELECT * FROM " + from + " WHERE 1 = 0");
					ResultSet result = shape.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnLabel(i));
					types.add(meta.getColumnType(i));
					typeNames.add(meta.getColumnTypeName(i));
				}
			}
			requireColumns(where, columns, rules.required());
			for (int i = 0; i < columns.size(); i++) {
				ColumnCheck check = rules.checks().apply(columns.get(i));
				if (check != null && check.bounded()) {
					throw new IllegalArgumentException("a SQL source's numbers are not checked against a range: " + columns.get(i));
				}
				if (check != null && !NUMBERS.contains(types.get(i))) {
					throw new DataException(where, "column '" + columns.get(i) + "' is " + typeNames.get(i)
							+ ", not a number (cast it in the query)", null);
				}
			}
			long rows = count(connection, from);
			if (rows == 0) {
				throw new DataException(where, "the query gives no rows", null);
			}
			return new DataTable(name, from, connection, List.copyOf(columns), null, rows, DataFingerprint.query(where, rows),
					List.of());
		} catch (SQLException e) {
			rollback(connection);
			throw new DataException(where, "the query fails: " + SqlMessages.reason(e), e);
		}
	}

	/** The source's query as a subquery named {@code name}; no query is an error. */
	static String subquery(String where, String query, String name) throws DataException {
		if (query == null || query.isBlank()) {
			throw new DataException(where, "no query (the SQL whose rows are the data)", null);
		}
		// the user's own query, as it is, on lines of its own: a trailing comment cannot swallow the parenthesis
		return "(\n" + query.strip().replaceFirst(";\\s*$", "") + "\n) AS " + name;
	}

	/** Every column the model maps ({@code required}: column → what it is) is among the query's {@code columns}. */
	static void requireColumns(String where, List<String> columns, Map<String, String> required) throws DataException {
		for (Map.Entry<String, String> column : required.entrySet()) {
			if (!columns.contains(column.getKey())) {
				throw new DataException(where, "the query gives no column '" + column.getKey() + "' (" + column.getValue()
						+ "); it gives " + Excerpts.names(columns), null);
			}
		}
	}

	private static long count(Connection connection, String from) throws SQLException {
		try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + from);
				ResultSet result = count.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	/** A failed statement spoils the transaction; the connection stays usable for the other sources. */
	static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is gone; its own error was the one to report
		}
	}
}
