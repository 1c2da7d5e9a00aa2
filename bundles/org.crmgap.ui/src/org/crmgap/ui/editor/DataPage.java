package org.crmgap.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.crmgap.data.DataException;
import org.crmgap.data.DataLocations;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Preview;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.ui.preferences.GapPreferences;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The model's data sources with their role, file and state; the selected one's first rows below. */
final class DataPage {

	private static final int PREVIEW_ROWS = 20;

	private final SashForm page;
	private final TableViewer sources;
	private final Table preview;
	private final Path modelFile;

	DataPage(Composite parent, GapModel model, Path modelFile) {
		this.modelFile = modelFile;
		page = new SashForm(parent, SWT.VERTICAL);
		sources = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		sources.getTable().setHeaderVisible(true);
		sources.setContentProvider(ArrayContentProvider.getInstance());
		column("Data source", 220, s -> s.getName());
		column("Role", 150, s -> String.valueOf(s.getRole()));
		column("File", 260, s -> s.getLocation());
		column("Format", 80, s -> String.valueOf(s.getFormat()));
		column("State", 300, this::state);
		sources.setInput(model.getDataSources());
		preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		sources.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof DataSource source) {
				showPreview(source);
			}
		});
		page.setWeights(1, 2);
	}

	private void column(String title, int width, java.util.function.Function<DataSource, String> text) {
		TableViewerColumn column = new TableViewerColumn(sources, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DataSource) element);
			}
		});
	}

	/** The source's file, as the analysis resolves it (inside the model's folder unless the preference allows more). */
	private Path file(DataSource source) throws DataException {
		return DataLocations.resolve(modelFile, source.getLocation(), GapPreferences.analysisOptions().allowOutsideData());
	}

	private String state(DataSource source) {
		try {
			Path file = file(source);
			return java.nio.file.Files.isRegularFile(file) ? "found (" + file.toFile().length() / 1024 + " KB)" : "missing: " + file;
		} catch (DataException e) {
			return e.getMessage();
		}
	}

	/** Shows the first rows of a source; a file that cannot be read shows why. */
	void showPreview(DataSource source) {
		preview.removeAll();
		for (TableColumn column : preview.getColumns()) {
			column.dispose();
		}
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			Preview rows = Preview.of(engine, file(source), PREVIEW_ROWS);
			for (String name : rows.columns()) {
				TableColumn column = new TableColumn(preview, SWT.NONE);
				column.setText(name);
				column.setWidth(Math.max(60, name.length() * 9));
			}
			for (List<String> row : rows.rows()) {
				new TableItem(preview, SWT.NONE).setText(row.stream().map(v -> v == null ? "" : v).toArray(String[]::new));
			}
		} catch (DataException | java.sql.SQLException e) {
			TableColumn column = new TableColumn(preview, SWT.NONE);
			column.setText("Problem");
			column.setWidth(900);
			new TableItem(preview, SWT.NONE).setText(e.getMessage());
		}
	}

	TableViewer sources() {
		return sources;
	}

	Table preview() {
		return preview;
	}

	Control control() {
		return page;
	}
}
