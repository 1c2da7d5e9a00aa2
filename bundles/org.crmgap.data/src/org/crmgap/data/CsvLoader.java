package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a CSV file into the engine as a typed view. Numbers that do not parse or lie outside their
 * range are excluded and counted as warnings; a missing file or column, an empty or duplicate key is an
 * error naming file, line and column. The model never changes here.
 */
public final class CsvLoader {

	private final DuckDbEngine engine;

	public CsvLoader(DuckDbEngine engine) {
		this.engine = engine;
	}

	/** Loads {@code file} as view {@code name} (a plain identifier chosen by the caller). */
	public DataTable load(Path file, String name, ColumnRules rules) throws DataException {
		CsvHeader header = CsvHeader.read(file);
		for (String column : rules.required()) {
			if (!header.columns().contains(column)) {
				throw new DataException(file, 1, column, "missing column: the first row must name a '" + column
						+ "' column (it has " + String.join(", ", header.columns()) + ")", null);
			}
		}
		String raw = name + "_raw";
		try (Statement statement = engine.connection().createStatement()) {
			statement.execute("CREATE OR REPLACE TEMP TABLE " + raw + " AS SELECT * FROM "
					+ engine.csvRelation(file, header.delimiter()));
			long rows = count(statement, "SELECT count(*) FROM " + raw);
			if (rules.uniqueKey() != null) {
				checkKey(statement, file, raw, rules.uniqueKey());
			}
			List<DataWarning> warnings = new ArrayList<>();
			for (String column : header.columns()) {
				warnings.addAll(new AnswerCheck(statement, file, raw, column).warnings(rules.ranges().apply(column)));
			}
			statement.execute("CREATE OR REPLACE TEMP VIEW " + name + " AS SELECT "
					+ typedColumns(header.columns(), rules) + " FROM " + raw);
			return new DataTable(name, header.columns(), rows, DataFingerprint.of(file, rows), List.copyOf(warnings));
		} catch (SQLException e) {
			throw new DataException(file, 0, null, "cannot be read as CSV: " + firstLine(e.getMessage()), e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	private static String typedColumns(List<String> columns, ColumnRules rules) {
		List<String> select = new ArrayList<>();
		for (String column : columns) {
			double[] range = rules.ranges().apply(column);
			String id = DuckDbEngine.identifier(column);
			if (range == null) {
				select.add(id);
			} else {
				select.add("CASE WHEN TRY_CAST(" + id + " AS DOUBLE) BETWEEN " + range[0] + " AND " + range[1]
						+ " THEN TRY_CAST(" + id + " AS DOUBLE) END AS " + id);
			}
		}
		rules.aliases().forEach((alias, source) -> select.add(DuckDbEngine.identifier(source) + " AS " + alias));
		if (!columns.contains("segment") && !rules.aliases().containsKey("segment")) {
			select.add("'' AS segment");
		}
		return String.join(", ", select);
	}

	private static void checkKey(Statement statement, Path file, String raw, String key) throws SQLException, DataException {
		String id = DuckDbEngine.identifier(key);
		try (ResultSet empty = statement.executeQuery("SELECT rowid + 2 FROM " + raw + " WHERE " + id + " IS NULL OR trim("
				+ id + ") = '' ORDER BY rowid LIMIT 1")) {
			if (empty.next()) {
				throw new DataException(file, empty.getLong(1), key, "empty " + key + " id", null);
			}
		}
		try (ResultSet duplicate = statement.executeQuery("SELECT " + id + ", min(rowid) + 2, max(rowid) + 2 FROM " + raw
				+ " GROUP BY " + id + " HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1")) {
			if (duplicate.next()) {
				throw new DataException(file, duplicate.getLong(3), key, "duplicate " + key + " id '"
						+ duplicate.getString(1) + "' (first at line " + duplicate.getLong(2) + ")", null);
			}
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}
}
