package org.crmgap.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The analysis engine: an embedded, in-memory DuckDB. Everything above it speaks plain SQL over
 * {@link #connection()}; only {@link #csvRelation} uses a DuckDB table function, so another JDBC engine
 * (a warehouse for data beyond one machine) can stand in by replacing this class.
 */
public final class DuckDbEngine implements AutoCloseable {

	private final Connection connection;

	private DuckDbEngine(Connection connection) {
		this.connection = connection;
	}

	public static DuckDbEngine inMemory() throws SQLException {
		// the driver directly: DriverManager's ServiceLoader does not see it inside OSGi
		return new DuckDbEngine(new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties()));
	}

	public Connection connection() {
		return connection;
	}

	/**
	 * SQL for a relation over a CSV file in file order: column types detected by the engine, or every
	 * column as text when {@code asText}.
	 */
	String csvRelation(java.nio.file.Path file, char delimiter, boolean asText) {
		return "read_csv(" + literal(file.toAbsolutePath().toString()) + ", header = true, delim = "
				+ literal(String.valueOf(delimiter)) + ", quote = '\"', escape = '\"'" + (asText ? ", all_varchar = true" : "")
				+ ")";
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
