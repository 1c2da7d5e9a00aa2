package org.crmgap.ui.wizards;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.crmgap.data.AnswerTable;
import org.crmgap.data.DataException;
import org.crmgap.data.DataLocations;
import org.crmgap.data.ExportPreview;
import org.crmgap.data.Scale;
import org.crmgap.data.WorkbookSheets;
import org.crmgap.data.Workbooks;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataRole;
import org.crmgap.ui.preferences.GapPreferences;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * File, role and column mapping of the data to attach, with the file's first rows as preview ({@link ImportPreview}); the
 * columns of a survey-tool export are the plain ones it converts to, and its role a customer survey.
 */
final class ImportDataPage extends WizardPage {

	private Text file;
	private Combo role;
	private Label sheetLabel;
	private Combo sheet;
	private Composite mapping;
	private ImportPreview preview;
	private Supplier<AnswerTable> answers = () -> AnswerTable.defaults(Scale.LIKERT_7);
	private List<String> columns = List.of();
	private final Map<ColumnMeaning, Combo> choices = new EnumMap<>(ColumnMeaning.class);
	private Path modelFile;

	ImportDataPage() {
		super("data", "Attach data", null);
		setDescription("Choose the file, what it holds and which columns mean what.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("File:");
		file = new Text(page, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addModifyListener(e -> fileChanged());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.parquet;*.xlsx", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		sheetLabel = new Label(page, SWT.NONE);
		sheetLabel.setText("Sheet:");
		sheet = new Combo(page, SWT.READ_ONLY);
		sheet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		sheet.addListener(SWT.Selection, e -> sheetChanged());
		showSheets(List.of());
		new Label(page, SWT.NONE).setText("Holds:");
		role = new Combo(page, SWT.READ_ONLY);
		for (DataRole r : DataRole.VALUES) {
			role.add(r.getLiteral());
		}
		role.select(0);
		role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		role.addListener(SWT.Selection, e -> rebuildMapping());
		mapping = new Composite(page, SWT.NONE);
		mapping.setLayout(new GridLayout(2, false));
		mapping.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		preview = new ImportPreview(page, 3);
		setControl(page);
	}

	private void fileChanged() {
		showSheets(List.of());
		refresh(() -> {
			if (Workbooks.isWorkbook(file())) {
				showSheets(WorkbookSheets.names(file()));
			}
		});
	}

	private void sheetChanged() {
		refresh(() -> {
		});
	}

	/** How the file is read before its preview: listing its sheets, or nothing. */
	private interface Reading {
		void read() throws DataException;
	}

	/** Reads {@code first}, then the chosen sheet's first rows: the preview and the columns offered, or the problem. */
	private void refresh(Reading first) {
		columns = List.of();
		try {
			first.read();
			columns = preview.show(file(), sheet(), answers.get());
			setErrorMessage(null);
			warnWhenOutside();
		} catch (DataException | SQLException e) {
			preview.clear();
			setErrorMessage(e.getMessage());
		}
		if (export() != null) {
			// the model reads a survey-tool export as a customer survey only
			role.select(DataRole.CUSTOMER_SURVEY.getValue());
		}
		rebuildMapping();
	}

	/** The sheet choice, shown for a workbook of several sheets only; the first chosen. */
	private void showSheets(List<String> sheets) {
		sheet.setItems(sheets.toArray(String[]::new));
		sheet.select(0);
		ImportPreview.show(sheets.size() > 1, sheetLabel, sheet);
	}

	private void rebuildMapping() {
		for (var child : mapping.getChildren()) {
			child.dispose();
		}
		choices.clear();
		for (ColumnMeaning meaning : ColumnGuess.meanings(role())) {
			new Label(mapping, SWT.NONE).setText(meaning.getLiteral() + ":");
			Combo combo = new Combo(mapping, SWT.READ_ONLY);
			combo.add("(none)");
			columns.forEach(combo::add);
			combo.select(ColumnGuess.guess(meaning, columns) + 1);
			combo.addListener(SWT.Selection, e -> validate());
			choices.put(meaning, combo);
		}
		mapping.getParent().layout(true, true);
		validate();
	}

	private void validate() {
		boolean mapped = choices.values().stream().limit(2).allMatch(c -> c.getSelectionIndex() > 0)
				|| role() == DataRole.MANAGEMENT_SURVEY && choices.get(ColumnMeaning.RESPONDENT).getSelectionIndex() > 0;
		setPageComplete(!columns.isEmpty() && (mapped || role() == DataRole.CUSTOMER_SURVEY
				&& choices.get(ColumnMeaning.RESPONDENT).getSelectionIndex() > 0));
	}

	/** The answer table a survey-tool export is converted with for its preview. */
	void answers(Supplier<AnswerTable> table) {
		this.answers = table;
	}

	/** The survey-tool export the chosen file or sheet is, converted; null for a plain file or none. */
	ExportPreview export() {
		return preview == null ? null : preview.export();
	}

	/** The model the data is attached to: data outside its folder is read only when the user allows it. */
	void modelFile(Path model) {
		this.modelFile = model;
	}

	private void warnWhenOutside() {
		setMessage(null);
		if (modelFile == null || GapPreferences.analysisOptions().allowOutsideData()) {
			return;
		}
		try {
			DataLocations.resolve(modelFile, file().toAbsolutePath().toString(), false);
		} catch (DataException e) {
			setMessage("The file lies outside the model's folder: analyses read it only when Preferences > CRM Gap Studio "
					+ "allows data outside a model's folder (or copy it beside the model).", WARNING);
		}
	}

	Path file() {
		return Path.of(file.getText().trim());
	}

	void file(Path path) {
		file.setText(path.toString());
	}

	/** The workbook's sheet to read, by name; null for a CSV or Parquet file or a workbook of one sheet. */
	String sheet() {
		return sheet.getItemCount() > 1 ? sheet.getText() : null;
	}

	/** Chooses the workbook's sheet {@code name}, as the user does in the combo. */
	void sheet(String name) {
		sheet.select(List.of(sheet.getItems()).indexOf(name));
		sheetChanged();
	}

	/** The sheets offered (none unless the file is a workbook of several sheets). */
	List<String> sheets() {
		return sheet.getItemCount() > 1 ? List.of(sheet.getItems()) : List.of();
	}

	DataRole role() {
		return DataRole.get(role.getSelectionIndex());
	}

	void role(DataRole r) {
		role.select(r.getValue());
		rebuildMapping();
	}

	/** The file's columns (empty until a readable file is chosen). */
	List<String> columns() {
		return columns;
	}

	/** The chosen column of each meaning (meanings left at "(none)" are absent). */
	Map<ColumnMeaning, String> mapping() {
		Map<ColumnMeaning, String> result = new EnumMap<>(ColumnMeaning.class);
		choices.forEach((meaning, combo) -> {
			if (combo.getSelectionIndex() > 0) {
				result.put(meaning, combo.getItem(combo.getSelectionIndex()));
			}
		});
		return result;
	}
}
