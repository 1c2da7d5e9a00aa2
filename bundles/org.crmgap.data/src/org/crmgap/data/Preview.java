package org.crmgap.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The first rows of a data file as text, for a look before mapping or analysing it. */
public record Preview(List<String> columns, List<List<String>> rows) {

	/** The delimiter a CSV file uses (comma or semicolon), as the loader detects it. */
	public static char delimiterOf(Path csv) throws DataException {
		return CsvHeader.read(csv).delimiter();
	}

	/** Up to {@code limit} rows of a CSV, Parquet or .xlsx file (its first sheet), every value as text. */
	public static Preview of(DuckDbEngine engine, Path file, int limit) throws DataException {
		return of(engine, file, null, limit);
	}

	/** Up to {@code limit} rows of a CSV or Parquet file, or of sheet {@code sheetName} (null or blank: the first) of a workbook. */
	public static Preview of(DuckDbEngine engine, Path file, String sheetName, int limit) throws DataException {
		if (Workbooks.isWorkbook(file)) {
			// only the rows shown are read from the sheet
			try (SheetCsv sheet = SheetCsv.convert(file, sheetName, limit)) {
				try {
					return of(engine, sheet.csv(), limit);
				} catch (DataException e) {
					throw sheet.relocate(e);
				}
			}
		}
		if (!Files.isRegularFile(file)) {
			throw new DataException(file, "file does not exist");
		}
		boolean parquet = file.getFileName().toString().toLowerCase().endsWith(".parquet");
		String relation = parquet ? "read_parquet(" + DuckDbEngine.literal(file.toAbsolutePath().toString()) + ")"
				: engine.csvRelation(file, CsvHeader.read(file).delimiter(), true);
		try (Statement statement = engine.connection().createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + relation + " LIMIT " + limit)) {
			ResultSetMetaData meta = result.getMetaData();
			List<String> columns = new ArrayList<>();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				columns.add(meta.getColumnName(c));
			}
			List<List<String>> rows = new ArrayList<>();
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int c = 1; c <= columns.size(); c++) {
					row.add(result.getString(c));
				}
				rows.add(row);
			}
			return new Preview(List.copyOf(columns), List.copyOf(rows));
		} catch (SQLException e) {
			throw new DataException(file, 0, null, "cannot be read: " + EngineMessages.excerpt(e), e);
		}
	}
}
