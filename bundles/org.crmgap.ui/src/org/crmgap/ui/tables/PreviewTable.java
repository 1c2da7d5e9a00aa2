package org.crmgap.ui.tables;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.crmgap.data.DataException;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Preview;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The first rows of a data file in a table, as DuckDB reads them (the Data page, the Import Data wizard). */
public final class PreviewTable {

	/** The widest a column grows for its cells (its header may need more). */
	private static final int MAX_WIDTH = 400;

	private PreviewTable() {
	}

	/**
	 * Replaces the table's columns and rows with the first {@code rows} rows of {@code file}; returns the file's
	 * column names. A file that cannot be read throws, and leaves the table empty.
	 */
	public static List<String> show(Table table, Path file, int rows) throws DataException, SQLException {
		return show(table, file, null, rows);
	}

	/** Like {@link #show(Table, Path, int)}, a workbook's sheet {@code sheet} (null or blank: the first). */
	public static List<String> show(Table table, Path file, String sheet, int rows) throws DataException, SQLException {
		clear(table);
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			return show(table, Preview.of(engine, file, sheet, rows));
		}
	}

	/** Replaces the table's columns and rows with {@code preview}'s (e.g. a survey-tool export's plain columns); returns its columns. */
	public static List<String> show(Table table, Preview preview) {
		clear(table);
		int[] headers = new int[preview.columns().size()];
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(preview.columns().get(i));
			column.pack(); // no rows yet: the header's width
			headers[i] = column.getWidth();
		}
		for (List<String> row : preview.rows()) {
			new TableItem(table, SWT.NONE).setText(row.stream().map(v -> v == null ? "" : v).toArray(String[]::new));
		}
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = table.getColumn(i);
			column.pack();
			// a long free text in the first rows does not push the other columns out of sight; the header stays whole
			column.setWidth(Math.max(headers[i], Math.min(column.getWidth(), MAX_WIDTH)));
		}
		return preview.columns();
	}

	/** Shows why the file cannot be previewed, in the table's one row. */
	public static void problem(Table table, String message) {
		clear(table);
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText("Problem");
		column.setWidth(900);
		new TableItem(table, SWT.NONE).setText(message);
	}

	/** Empties the table: no columns, no rows. */
	public static void clear(Table table) {
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
	}
}
