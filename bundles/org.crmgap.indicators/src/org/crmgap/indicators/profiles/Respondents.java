package org.crmgap.indicators.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Segments;

/**
 * The respondents of a loaded survey table in file order, read through the engine: id, segment (null when the cell is
 * empty or the table has none) and the values of the wanted columns (NaN where missing, excluded by the loader or, in a
 * column the loader did not check, not a number).
 */
record Respondents(List<String> ids, List<String> segments, List<String> columns, double[][] values) {

	static Respondents read(DuckDbEngine engine, String table, String respondent, String segment, List<String> wanted)
			throws SQLException {
		Set<String> columns = new LinkedHashSet<>(wanted);
		List<String> selected = new ArrayList<>();
		selected.add("CAST(" + id(respondent) + " AS VARCHAR)");
		selected.add(segment == null ? "NULL" : Segments.of(segment));
		columns.forEach(c -> selected.add("TRY_CAST(" + id(c) + " AS DOUBLE)"));
		List<String> ids = new ArrayList<>();
		List<String> segments = new ArrayList<>();
		List<double[]> rows = new ArrayList<>();
		try (Statement statement = engine.connection().createStatement();
				ResultSet row = statement.executeQuery("SELECT " + String.join(", ", selected) + " FROM " + table + " ORDER BY rowid")) {
			while (row.next()) {
				ids.add(row.getString(1));
				segments.add(row.getString(2));
				double[] values = new double[columns.size()];
				for (int c = 0; c < values.length; c++) {
					double value = row.getDouble(c + 3);
					values[c] = row.wasNull() ? Double.NaN : value;
				}
				rows.add(values);
			}
		}
		return new Respondents(List.copyOf(ids), java.util.Collections.unmodifiableList(segments), List.copyOf(columns),
				rows.toArray(double[][]::new));
	}

	int size() {
		return ids.size();
	}

	/** The value of {@code column} of row {@code row}. */
	double value(int row, String column) {
		return values[row][columns.indexOf(column)];
	}

	/** The rows with a value in every one of {@code items}, in file order. */
	int[] complete(List<String> items) {
		int[] positions = items.stream().mapToInt(columns::indexOf).toArray();
		return java.util.stream.IntStream.range(0, size()).filter(r -> {
			for (int p : positions) {
				if (Double.isNaN(values[r][p])) {
					return false;
				}
			}
			return true;
		}).toArray();
	}

	/** The matrix of {@code items} over {@code rows}. */
	double[][] matrix(int[] rows, List<String> items) {
		int[] positions = items.stream().mapToInt(columns::indexOf).toArray();
		double[][] matrix = new double[rows.length][positions.length];
		for (int i = 0; i < rows.length; i++) {
			for (int j = 0; j < positions.length; j++) {
				matrix[i][j] = values[rows[i]][positions[j]];
			}
		}
		return matrix;
	}

	private static String id(String column) {
		return "\"" + column.replace("\"", "\"\"") + "\"";
	}
}
