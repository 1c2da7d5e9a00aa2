package org.crmgap.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Loads a CSV, Parquet or .xlsx file (or a SQL query's rows, as a CSV file) into the engine as a typed table. Numbers
 * that do not parse or lie outside their range are excluded (NULL) and counted as warnings; a missing file or column,
 * an empty or duplicate key is an error naming file, line and column. The model never changes here.
 *
 * <p>Fast path: the engine reads the file with the column types it detects (one pass, as raw SQL would);
 * only columns it had to read as text are converted, cell by cell. A file whose later rows contradict the
 * detected types is read again as text.
 */
public final class TableLoader {

	private final DuckDbEngine engine;

	public TableLoader(DuckDbEngine engine) {
		this.engine = engine;
	}

	/** Loads {@code file} as table {@code name} (a plain identifier chosen by the caller); a workbook by its first sheet. */
	public DataTable load(Path file, String name, ColumnRules rules) throws DataException {
		return load(file, null, name, rules);
	}

	/**
	 * Loads {@code file} as table {@code name}; an .xlsx workbook (see {@link Workbooks#isWorkbook}) by its sheet
	 * {@code sheet} (null or blank: the first; see {@link WorkbookSheets}), read as the CSV file of that sheet. A CSV
	 * file has no sheets: {@code sheet} is ignored.
	 */
	public DataTable load(Path file, String sheet, String name, ColumnRules rules) throws DataException {
		if (Workbooks.isWorkbook(file)) {
			return SheetCsv.load(file, sheet, csv -> loadCsv(csv, name, rules));
		}
		return loadCsv(file, name, rules);
	}

	/**
	 * Loads the rows of a SQL source's {@code query} on {@code connection} as table {@code name} with every check of a CSV
	 * file (see {@link QueryCsv}); {@code where} names the source and its database in messages ({@link Databases#where}).
	 */
	public DataTable loadQuery(java.sql.Connection connection, String where, String query, String name, ColumnRules rules)
			throws DataException {
		return QueryCsv.load(connection, where, query, rules.required(), csv -> loadCsv(csv, name, rules));
	}

	/**
	 * Like {@link #load(Path, String, String, ColumnRules)}, and a survey-tool export (a CSV file or sheet recognised
	 * from its header rows) is read as the plain CSV it converts to with {@code exports} first; {@code exports} null:
	 * plain files only.
	 */
	public DataTable load(Path file, String sheet, String name, ColumnRules rules, WideCsvLoader.Exports exports)
			throws DataException {
		if (exports == null) {
			return load(file, sheet, name, rules);
		}
		if (Workbooks.isWorkbook(file)) {
			return SheetCsv.load(file, sheet, csv -> ExportLoading.load(csv, file, exports, plain -> loadCsv(plain, name, rules)));
		}
		return ExportLoading.load(file, file, exports, plain -> loadCsv(plain, name, rules));
	}

	private DataTable loadCsv(Path file, String name, ColumnRules rules) throws DataException {
		CsvHeader header = CsvHeader.read(file);
		requireColumns(file, header.columns(), rules);
		CompletableFuture<String> hash = hashAsync(file);
		try {
			read(file, header, name);
			CsvDiagnosis.requireHeaderRead(engine, file, header, name);
		} catch (SQLException e) {
			throw CsvDiagnosis.of(file, header, e);
		}
		return check(file, name, header.columns(), rules, hash);
	}

	/** Loads a Parquet file as table {@code name}: the file's own column types, then the same checks as a CSV file. */
	public DataTable loadParquet(Path file, String name, ColumnRules rules) throws DataException {
		if (!java.nio.file.Files.isRegularFile(file)) {
			throw new DataException(file, "file does not exist");
		}
		List<String> columns;
		CompletableFuture<String> hash = hashAsync(file);
		try (Statement statement = engine.connection().createStatement()) {
			statement.execute("CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT * FROM read_parquet("
					+ DuckDbEngine.literal(file.toAbsolutePath().toString()) + ")");
			columns = orderedColumns(statement, name);
		} catch (SQLException e) {
			throw new DataException(file, 0, null, "cannot be read as Parquet: " + EngineMessages.excerpt(e), e);
		}
		requireColumns(file, columns, rules);
		return check(file, name, columns, rules, hash);
	}

	/** The file's SHA-256, computed on the other core while the engine reads the file. */
	private static CompletableFuture<String> hashAsync(Path file) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return DataFingerprint.sha256(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static List<String> orderedColumns(Statement statement, String table) throws SQLException {
		List<String> columns = new java.util.ArrayList<>();
		try (ResultSet row = statement.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = "
				+ DuckDbEngine.literal(table) + " ORDER BY ordinal_position")) {
			while (row.next()) {
				columns.add(row.getString(1));
			}
		}
		return columns;
	}

	private static void requireColumns(Path file, List<String> columns, ColumnRules rules) throws DataException {
		for (Map.Entry<String, String> column : rules.required().entrySet()) {
			if (!columns.contains(column.getKey())) {
				throw new DataException(file, 1, column.getKey(), "missing column '" + column.getKey() + "' ("
						+ column.getValue() + "); the first row names " + Excerpts.columns(columns), null);
			}
		}
	}

	private DataTable check(Path file, String name, List<String> columns, ColumnRules rules, CompletableFuture<String> hash)
			throws DataException {
		try (Statement statement = engine.connection().createStatement()) {
			long rows = count(statement, "SELECT count(*) FROM " + name);
			if (rows == 0) {
				throw new DataException(file, 2, null, "has a header row but no data rows", null);
			}
			if (rules.uniqueKey() != null) {
				checkKey(statement, file, name, rules.uniqueKey());
			}
			Map<String, String> types = types(statement, name);
			List<DataWarning> warnings = new ArrayList<>(new AnswerCheck(statement, file, name, types).warnings(columns,
					rules.checks()));
			Set<String> flagged = warnings.stream().map(DataWarning::column).collect(Collectors.toSet());
			new NumericColumns(statement, name, types).apply(columns, rules.checks(), flagged);
			String segment = rules.segment() != null && columns.contains(rules.segment()) ? rules.segment() : null;
			if (segment != null) {
				Segments.withoutSegment(statement, file, name, segment).ifPresent(warnings::add);
			}
			return new DataTable(name, engine.connection(), columns, segment, rows, new DataFingerprint(file.toString(),
					java.nio.file.Files.size(file), rows, hash.join()), List.copyOf(warnings));
		} catch (SQLException e) {
			throw new DataException(file, 0, null, "cannot be read: " + EngineMessages.excerpt(e), e);
		} catch (IOException | CompletionException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	private void read(Path file, CsvHeader header, String name) throws SQLException {
		String create = "CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT * FROM ";
		// a failed statement is closed by the driver: each attempt has its own
		try (Statement typed = engine.connection().createStatement()) {
			typed.execute(create + engine.csvRelation(file, header.delimiter(), false));
		} catch (SQLException typesContradicted) {
			try (Statement text = engine.connection().createStatement()) {
				text.execute(create + engine.csvRelation(file, header.delimiter(), true));
			}
		}
	}

	private static Map<String, String> types(Statement statement, String table) throws SQLException {
		Map<String, String> types = new HashMap<>();
		try (ResultSet row = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = "
				+ DuckDbEngine.literal(table))) {
			while (row.next()) {
				types.put(row.getString(1), row.getString(2));
			}
		}
		return types;
	}

	/** Empty and duplicate keys: one counting pass; the lines of a problem are looked up only when there is one. */
	private static void checkKey(Statement statement, Path file, String table, String key) throws SQLException, DataException {
		String id = "CAST(" + DuckDbEngine.identifier(key) + " AS VARCHAR)";
		try (ResultSet counts = statement.executeQuery("SELECT count(*) FILTER (WHERE " + id + " IS NULL OR trim(" + id
				+ ") = ''), count(" + id + ") - count(DISTINCT " + id + ") FROM " + table)) {
			counts.next();
			if (counts.getLong(1) == 0 && counts.getLong(2) == 0) {
				return;
			}
		}
		try (ResultSet empty = statement.executeQuery("SELECT rowid + 2 FROM " + table + " WHERE " + id + " IS NULL OR trim("
				+ id + ") = '' ORDER BY rowid LIMIT 1")) {
			if (empty.next()) {
				throw new DataException(file, empty.getLong(1), key, "empty " + key + " id", null);
			}
		}
		try (ResultSet duplicate = statement.executeQuery("SELECT " + id + ", min(rowid) + 2, max(rowid) + 2 FROM " + table
				+ " GROUP BY 1 HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1")) {
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
}
