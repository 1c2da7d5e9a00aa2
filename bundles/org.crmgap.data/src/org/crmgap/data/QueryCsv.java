package org.crmgap.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SQL source whose cells are checked one by one (a survey, a segment assignment: scale, whole numbers, duplicate
 * respondents; not pushed down): the query's rows streamed, {@value #FETCH_SIZE} at a time in the analysis's read-only
 * transaction, into a temporary plain CSV file (deleted on {@link #close()}) that the usual CSV loading reads, so every
 * check, warning and number is the CSV file's; {@link #relocate} makes them name the source and its database and the
 * row of the query's result instead of the file and its line.
 */
final class QueryCsv implements AutoCloseable {

	/** Rows fetched from the server at a time: the result is never held in memory. */
	static final int FETCH_SIZE = 1000;


	private final String where;
	private final Path csv;

	private QueryCsv(String where, Path csv) {
		this.where = where;
		this.csv = csv;
	}

	/** How messages name row {@code n} (the first is 1) of a query's result. */
	static String row(long n) {
		return "row " + n + " of the query's result";
	}

	/**
	 * Loads the rows of {@code query} on {@code connection} through {@code load} on their CSV file; {@code where} names the
	 * source in messages, {@code required} the columns the model maps (column → what it is).
	 */
	static DataTable load(Connection connection, String where, String query, Map<String, String> required, SheetCsv.CsvLoad load)
			throws DataException {
		try (QueryCsv rows = write(connection, where, QueryTables.subquery(where, query, "query"), required)) {
			try {
				return rows.relocate(load.load(rows.csv));
			} catch (DataException e) {
				throw rows.relocate(e);
			}
		}
	}

	private static QueryCsv write(Connection connection, String where, String from, Map<String, String> required)
			throws DataException {
		Path csv = null;
		try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + from, ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY)) {
			statement.setFetchSize(FETCH_SIZE);
			csv = Files.createTempFile("crmgap-query-", ".csv");
			try (ResultSet result = statement.executeQuery(); Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				List<String> columns = columns(where, result.getMetaData());
				QueryTables.requireColumns(where, columns, required);
				out.write(String.join(",", columns.stream().map(CsvCells::quoted).toList()) + "\n");
				long rows = 0;
				StringBuilder line = new StringBuilder();
				while (result.next()) {
					line.setLength(0);
					for (int i = 1; i <= columns.size(); i++) {
						String cell = result.getString(i);
						line.append(i > 1 ? "," : "").append(cell == null ? "" : CsvCells.quoted(cell));
					}
					out.write(line.append('\n').toString());
					rows++;
				}
				if (rows == 0) {
					throw new DataException(where, "the query gives no rows", null);
				}
			}
			return new QueryCsv(where, csv);
		} catch (SQLException e) {
			QueryTables.rollback(connection);
			TempFiles.deleteAfterFailure(csv, e);
			throw new DataException(where, "the query fails: " + SqlMessages.reason(e), e);
		} catch (IOException e) {
			TempFiles.deleteAfterFailure(csv, e);
			throw new DataException(where, "its rows cannot be written to a temporary CSV file: " + e.getMessage(), e);
		} catch (DataException | RuntimeException e) {
			TempFiles.deleteAfterFailure(csv, e);
			throw e;
		}
	}

	/** The result's column names, which become the CSV file's header line. */
	private static List<String> columns(String where, ResultSetMetaData meta) throws SQLException, DataException {
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String column = meta.getColumnLabel(i);
			if (column.contains("\n") || column.contains("\r")) {
				throw new DataException(where, "the query's column " + i + " has a line break in its name: name it in the query", null);
			}
			columns.add(column);
		}
		if (columns.isEmpty()) {
			throw new DataException(where, "the query gives no columns", null);
		}
		return columns;
	}


	/** The table as read from the database: warnings naming the source and the query's rows, its rows without bytes or SHA-256. */
	private DataTable relocate(DataTable table) {
		List<DataWarning> warnings = table.warnings().stream().map(w -> csv.toString().equals(w.file()) ? new DataWarning(where,
				w.column(), w.count(), w.firstLine() - 1, w.firstValue(), w.problem(), w.outcome(), true) : w).toList();
		return table.read(DataFingerprint.query(where, table.rows()), warnings);
	}

	/** An error about the CSV file as one about the source: its row of the query's result (line L of the file is row L - 1). */
	private DataException relocate(DataException error) {
		if (!csv.equals(error.getFile())) {
			return error;
		}
		String prefix = DataException.format(String.valueOf(error.getFile()), error.getLine(), error.getColumn(), "");
		String problem = error.getMessage().startsWith(prefix) ? error.getMessage().substring(prefix.length()) : error.getMessage();
		problem = FirstAt.relocate(problem, n -> "(first at row " + (n - 1) + ")");
		problem = problem.replace(csv.toString(), "its rows");
		List<String> place = new ArrayList<>();
		if (error.getLine() >= 2) {
			place.add(row(error.getLine() - 1));
		}
		if (error.getColumn() != null) {
			place.add("column " + error.getColumn());
		}
		return new DataException(where, (place.isEmpty() ? "" : String.join(", ", place) + ": ") + problem, error);
	}

	@Override
	public void close() throws DataException {
		try {
			Files.deleteIfExists(csv);
		} catch (IOException e) {
			throw new DataException(where, "its temporary CSV copy " + csv + " cannot be deleted: " + e.getMessage(), e);
		}
	}
}
