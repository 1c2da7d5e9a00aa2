package org.crmgap.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;

import org.crmgap.data.DataException;
import org.crmgap.data.DataLocations;
import org.crmgap.data.Databases;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.ui.preferences.GapPreferences;
import org.crmgap.ui.tables.Columns;
import org.crmgap.ui.tables.PreviewTable;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/** The model's data sources with their role, file and state; the selected one's first rows below. */
final class DataPage implements EditorPage {

	private static final int PREVIEW_ROWS = 20;

	private final GapModel model;
	private final Path modelFile;
	private TableViewer sources;
	private Table preview;
	private final BiConsumer<IMenuManager, List<?>> menu;

	/** {@code menu} fills the sources' context menu for the selection (Discover Profiles... on a customer survey). */
	DataPage(GapModel model, Path modelFile, BiConsumer<IMenuManager, List<?>> menu) {
		this.model = model;
		this.modelFile = modelFile;
		this.menu = menu;
	}

	@Override
	public String title() {
		return "Data";
	}

	@Override
	public Control create(Composite parent) {
		SashForm page = new SashForm(parent, SWT.VERTICAL);
		sources = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		sources.getTable().setHeaderVisible(true);
		sources.setContentProvider(ArrayContentProvider.getInstance());
		Columns<DataSource> columns = Columns.of(sources, DataSource.class);
		columns.add("Data source", 220, DataSource::getName);
		columns.add("Role", 150, s -> String.valueOf(s.getRole()));
		// a source without a wave is read in every wave (e.g. a one-off assessment)
		columns.add("Wave", 110, s -> s.getWave() != null ? s.getWave().getName() : model.getWaves().isEmpty() ? "" : "every wave");
		columns.add("File", 260, DataSource::getLocation);
		columns.add("Format", 80, s -> String.valueOf(s.getFormat()));
		columns.add("State", 300, this::state);
		sources.setInput(model.getDataSources());
		preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		sources.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof DataSource source) {
				showPreview(source);
			}
		});
		MenuManager context = new MenuManager();
		context.setRemoveAllWhenShown(true);
		context.addMenuListener(m -> menu.accept(m, sources.getStructuredSelection().toList()));
		sources.getControl().setMenu(context.createContextMenu(sources.getControl()));
		page.setWeights(1, 2);
		return page;
	}

	/** The source's file, as the analysis resolves it (inside the model's folder unless the preference allows more). */
	private Path file(DataSource source) throws DataException {
		return DataLocations.resolve(modelFile, source.getLocation(), GapPreferences.analysisOptions().allowOutsideData());
	}

	private String state(DataSource source) {
		if (source.getFormat() == DataFormat.SQL) {
			return "SQL query on " + Databases.shown(source.getLocation());
		}
		try {
			Path file = file(source);
			return Files.isRegularFile(file) ? "found (" + file.toFile().length() / 1024 + " KB)" : "missing: " + file;
		} catch (DataException e) {
			return e.getMessage();
		}
	}

	/** Shows the first rows of a source; a file that cannot be read shows why. */
	void showPreview(DataSource source) {
		if (source.getFormat() == DataFormat.SQL) {
			// a selection does not connect to a database; the analysis does
			PreviewTable.problem(preview, "No preview of a SQL source: the analysis runs its query on the database.");
			return;
		}
		try {
			PreviewTable.show(preview, file(source), source.getSheet(), PREVIEW_ROWS);
		} catch (DataException | SQLException e) {
			PreviewTable.problem(preview, e.getMessage());
		}
	}

	TableViewer sources() {
		return sources;
	}

	Table preview() {
		return preview;
	}
}
