package org.crmgap.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.crmgap.indicators.SeverityOrder;
import org.crmgap.indicators.Indicator;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.GapModel;
import org.crmgap.ui.preferences.GapPreferences;
import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Every indicator of the model, computed from its data in a background job (progress, cancel): a table
 * with a filter and sortable columns; selecting a row selects its element in the model tree.
 */
final class IndicatorsPage {

	private final Composite page;
	private final TableViewer table;
	private final Label status;
	private final org.eclipse.swt.widgets.Button store;
	private ModelAnalysisResult latest;
	private Consumer<ModelAnalysisResult> storeSnapshot = result -> {
	};
	private String filter = "";
	private Job job;
	private Consumer<ModelAnalysisResult> results = result -> {
		// nobody else yet
	};
	private Consumer<List<byte[]>> charts = pngs -> {
	};

	IndicatorsPage(Composite parent, Consumer<String> selectElement) {
		page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		Text search = new Text(page, SWT.SEARCH | SWT.ICON_SEARCH);
		search.setMessage("Filter indicators");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status = new Label(page, SWT.NONE);
		status.setText("Not analysed yet");
		store = new org.eclipse.swt.widgets.Button(page, SWT.PUSH);
		store.setText("Store snapshot in the model");
		store.setToolTipText("Keeps each measured gap's value, n, severity, date and data fingerprints in the model (undoable)");
		store.setEnabled(false);
		store.addListener(SWT.Selection, e -> {
			if (latest != null) {
				storeSnapshot.accept(latest);
			}
		});
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Gap kind", 130, i -> i.kind().getLiteral());
		column("Element", 220, Indicator::element);
		column("Segment", 150, Indicator::segment);
		column("Indicator", 260, Indicator::name);
		column("Value", 80, i -> num(i.value()));
		column("95 % CI", 130, i -> i.ciLow() == null ? "" : "[" + num(i.ciLow()) + ", " + num(i.ciHigh()) + "]");
		column("p", 70, i -> i.p() == null ? "" : i.p() < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", i.p()));
		column("n", 60, i -> String.valueOf(i.n()));
		column("Severity", 80, i -> SeverityOrder.label(i.severity()));
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				Indicator i = (Indicator) element;
				String all = (i.kind().getLiteral() + " " + i.element() + " " + i.segment() + " " + i.name() + " " + SeverityOrder.label(i.severity()))
						.toLowerCase(Locale.ROOT);
				return all.contains(filter);
			}
		});
		search.addModifyListener(e -> {
			filter = search.getText().toLowerCase(Locale.ROOT);
			table.refresh();
		});
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Indicator i && i.elementId() != null) {
				selectElement.accept(i.elementId());
			}
		});
	}

	private void column(String title, int width, Function<Indicator, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Indicator) element);
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> {
			table.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer viewer, Object a, Object b) {
					return text.apply((Indicator) a).compareTo(text.apply((Indicator) b));
				}
			});
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(SWT.UP);
		});
	}

	private static String num(Double value) {
		return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
	}

	/** Analyses a snapshot of the model in a job; the table fills when it is done. */
	Job analyse(GapModel model, Path file) {
		if (job != null) {
			job.cancel();
		}
		GapModel snapshot = ModelSnapshot.of(model);
		status.setText("Analysing…");
		org.eclipse.swt.widgets.Display display = page.getDisplay();
		job = Job.create("Analysing " + model.getName(), (IProgressMonitor monitor) -> {
			try {
				StartupTrace.reached("analysis started");
				org.crmgap.data.DuckDbEngine.inMemory().close();
				StartupTrace.reached("DuckDB native library");
				ModelAnalysisResult result = ModelAnalysis.analyse(snapshot, file, GapPreferences.analysisOptions());
				StartupTrace.reached("first analysis");
				List<byte[]> pngs = ChartsPage.render(snapshot, result);
				StartupTrace.reached("charts drawn");
				display.asyncExec(() -> {
					if (page.isDisposed()) {
						return; // the editor closed while the analysis ran
					}
					show(result.indicators(), result.indicators().size() + " indicators, " + result.data().size() + " data files read");
					charts.accept(pngs);
					latest = result;
					if (!store.isDisposed()) {
						store.setEnabled(true);
					}
					results.accept(result);
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> show(List.of(), "Analysis failed: " + e.getMessage()));
				return Status.error("Analysis of " + file + " failed: " + e.getMessage(), e);
			}
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	private void show(List<Indicator> indicators, String text) {
		if (page.isDisposed()) {
			return;
		}
		table.setInput(indicators);
		status.setText(text);
		page.layout();
	}

	/** What the "Store snapshot" button does with the latest analysis. */
	void onStoreSnapshot(Consumer<ModelAnalysisResult> action) {
		storeSnapshot = action;
	}

	/** The latest analysis, or null before the first one is done. */
	ModelAnalysisResult latest() {
		return latest;
	}

	/** Who else wants each analysis (the diagram's severity styles). */
	void onResult(Consumer<ModelAnalysisResult> receiver) {
		results = receiver;
	}

	/** Who draws the charts of each analysis. */
	void onCharts(Consumer<List<byte[]>> receiver) {
		charts = receiver;
	}

	TableViewer table() {
		return table;
	}

	Control control() {
		return page;
	}
}
