package org.crmgap.ui.wizards;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.crmgap.data.AnswerTable;
import org.crmgap.data.DataException;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.ExportPreview;
import org.crmgap.ui.tables.PreviewTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The Import Data page's preview of the chosen file: its first rows, or, for a survey-tool export, one line saying which
 * export was recognised and the mapping used (as {@code crmgap survey} prints it) over the first rows of the plain columns
 * it converts to, the columns the wizard then offers.
 */
final class ImportPreview {

	private static final int ROWS = 10;

	private final Label line;
	private final Table table;
	private ExportPreview export;

	/** The line and the table, each across the {@code columns} columns of {@code page}'s grid. */
	ImportPreview(Composite page, int columns) {
		line = new Label(page, SWT.WRAP);
		GridData text = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
		text.widthHint = 700;
		line.setLayoutData(text);
		table = new Table(page, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		GridData rows = new GridData(SWT.FILL, SWT.FILL, true, true, columns, 1);
		rows.heightHint = 200;
		table.setLayoutData(rows);
		show(false, line);
	}

	/**
	 * Shows {@code file} (a workbook's {@code sheet}), an export converted with {@code answers}; returns the columns
	 * offered. A file that cannot be read throws, and leaves the preview empty.
	 */
	List<String> show(Path file, String sheet, AnswerTable answers) throws DataException, SQLException {
		clear();
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			export = ExportPreview.of(engine, file, sheet, answers, ROWS).orElse(null);
		}
		List<String> columns = export == null ? PreviewTable.show(table, file, sheet, ROWS) : PreviewTable.show(table, export.preview());
		line.setText(export == null ? "" : export.description() + unknown(answers));
		show(export != null, line);
		return columns;
	}

	/** Where the preview leaves answers empty because the table does not know their text: said, never guessed. */
	private String unknown(AnswerTable answers) {
		long unknown = export.answerTexts().keySet().stream().filter(text -> answers.value(text).isEmpty()).count();
		return unknown == 0 ? "" : "\n" + unknown + (unknown == 1 ? " answer text" : " answer texts")
				+ " without a value in the answer table, left empty here: give " + (unknown == 1 ? "it its value" : "them their values")
				+ " on the Answer labels page.";
	}

	void clear() {
		export = null;
		PreviewTable.clear(table);
		show(false, line);
	}

	/** The export shown, converted; null for a plain file or none. */
	ExportPreview export() {
		return export;
	}

	/** Shows or hides the controls (of one parent), leaving no room for hidden ones. */
	static void show(boolean shown, Control... controls) {
		for (Control control : controls) {
			control.setVisible(shown);
			GridData data = control.getLayoutData() instanceof GridData g ? g : new GridData();
			data.exclude = !shown;
			control.setLayoutData(data);
		}
		controls[0].getParent().layout(true, true);
	}
}
