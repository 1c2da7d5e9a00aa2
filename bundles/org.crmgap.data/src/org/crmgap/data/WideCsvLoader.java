package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads a plain wide survey CSV ({@code respondent, segment, E1.., P1.., D1.., A1.., W_<dimension>};
 * managers: {@code M1..}) into the engine. Answers that are not numbers or lie outside the scale are
 * excluded and counted as warnings; a missing file, a missing respondent column, an empty or duplicate
 * respondent id is an error.
 */
public final class WideCsvLoader {

	/** Columns holding answers on the Likert scale. */
	static final Pattern SCALE_COLUMN = Pattern.compile("([EPDAM]|VALUE_[EP])\\d+");
	/** Columns holding importance points (any number from 0 up). */
	static final Pattern POINTS_COLUMN = Pattern.compile("W_\\w+");

	private final DuckDbEngine engine;
	private final Scale scale;

	public WideCsvLoader(DuckDbEngine engine, Scale scale) {
		this.engine = engine;
		this.scale = scale;
	}

	/** Loads {@code file} as view {@code name} (a plain identifier chosen by the caller). */
	public SurveyTable load(Path file, String name) throws DataException {
		CsvHeader header = CsvHeader.read(file);
		if (!header.columns().contains("respondent")) {
			throw new DataException(file, 1, "respondent", "missing column: the first row must name a 'respondent' column", null);
		}
		String raw = name + "_raw";
		try (Statement statement = engine.connection().createStatement()) {
			statement.execute("CREATE OR REPLACE TEMP TABLE " + raw + " AS SELECT * FROM "
					+ engine.csvRelation(file, header.delimiter()));
			long rows = count(statement, "SELECT count(*) FROM " + raw);
			checkRespondents(statement, file, raw);
			List<DataWarning> warnings = new ArrayList<>();
			for (String column : header.columns()) {
				warnings.addAll(new AnswerCheck(statement, file, raw, column).warnings(rangeOf(column)));
			}
			statement.execute("CREATE OR REPLACE TEMP VIEW " + name + " AS SELECT " + typedColumns(header.columns())
					+ " FROM " + raw);
			return new SurveyTable(name, header.columns(), rows, DataFingerprint.of(file, rows), List.copyOf(warnings));
		} catch (SQLException e) {
			throw new DataException(file, 0, null, "cannot be read as CSV: " + firstLine(e.getMessage()), e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	private double[] rangeOf(String column) {
		if (SCALE_COLUMN.matcher(column).matches()) {
			return new double[] { scale.min(), scale.max() };
		}
		return POINTS_COLUMN.matcher(column).matches() ? new double[] { 0, Double.MAX_VALUE } : null;
	}

	private String typedColumns(List<String> columns) {
		List<String> select = new ArrayList<>();
		for (String column : columns) {
			double[] range = rangeOf(column);
			String id = DuckDbEngine.identifier(column);
			if (range == null) {
				select.add(id);
			} else {
				select.add("CASE WHEN TRY_CAST(" + id + " AS DOUBLE) BETWEEN " + range[0] + " AND " + range[1]
						+ " THEN TRY_CAST(" + id + " AS DOUBLE) END AS " + id);
			}
		}
		if (!columns.contains("segment")) {
			select.add("'' AS segment");
		}
		return String.join(", ", select);
	}

	private static void checkRespondents(Statement statement, Path file, String raw) throws SQLException, DataException {
		try (ResultSet empty = statement.executeQuery("SELECT rowid + 2 FROM " + raw
				+ " WHERE respondent IS NULL OR trim(respondent) = '' ORDER BY rowid LIMIT 1")) {
			if (empty.next()) {
				throw new DataException(file, empty.getLong(1), "respondent", "empty respondent id", null);
			}
		}
		try (ResultSet duplicate = statement.executeQuery("SELECT respondent, min(rowid) + 2, max(rowid) + 2 FROM " + raw
				+ " GROUP BY respondent HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1")) {
			if (duplicate.next()) {
				throw new DataException(file, duplicate.getLong(3), "respondent", "duplicate respondent id '"
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
