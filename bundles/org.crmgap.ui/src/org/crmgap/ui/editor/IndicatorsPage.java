package org.crmgap.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.Indicator;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.indicators.Waves;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.ui.tables.Columns;
import org.crmgap.ui.tables.FilteredTable;
import org.crmgap.ui.tables.Numbers;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Every indicator of the editor's latest analysis in a table with a filter and sortable columns, and what the
 * analysis is doing or why it failed; selecting a row selects its element in the model tree. "Store snapshot" keeps
 * the latest result in the model.
 */
final class IndicatorsPage implements EditorPage, AnalysisListener {

	private static final String STORE_TIP = "Keeps each measured gap's value, n, severity, date and data fingerprints in the model (undoable)";

	private final GapModel model;
	private final EditorAnalysis analysis;
	private final EditingDomain domain;
	private final Consumer<String> selectElement;
	private Composite page;
	private TableViewer table;
	private Label status;
	private Button store;
	private WaveChoice waves;

	IndicatorsPage(GapModel model, EditorAnalysis analysis, EditingDomain domain, Consumer<String> selectElement) {
		this.model = model;
		this.analysis = analysis;
		this.domain = domain;
		this.selectElement = selectElement;
	}

	@Override
	public String title() {
		return "Indicators";
	}

	@Override
	public Control create(Composite parent) {
		page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(5, false));
		FilteredTable<Indicator> filtered = new FilteredTable<>(Indicator.class, i -> i.kind().getLiteral() + " " + i.element() + " "
				+ i.segment() + " " + i.name() + " " + SeverityOrder.label(i.severity()));
		Text search = filtered.searchField(page, "Filter indicators");
		waves = new WaveChoice(page, model, analysis);
		status = new Label(page, SWT.NONE);
		status.setText("Not analysed yet");
		// the status gives way to the search field (its tooltip has it all)
		GridData statusRoom = new GridData(SWT.FILL, SWT.CENTER, true, false);
		statusRoom.widthHint = 160;
		statusRoom.minimumWidth = 40;
		status.setLayoutData(statusRoom);
		store = new Button(page, SWT.PUSH);
		store.setText("Store snapshot in the model");
		store.setToolTipText(STORE_TIP);
		store.setEnabled(false);
		store.addListener(SWT.Selection, e -> storeSnapshot());
		table = filtered.table(page, 5, search);
		Columns<Indicator> columns = Columns.of(table, Indicator.class);
		columns.sortable("Gap kind", 130, i -> i.kind().getLiteral());
		columns.sortable("Element", 220, Indicator::element);
		columns.sortable("Segment", 150, Indicator::segment);
		columns.sortable("Indicator", 260, Indicator::name);
		columns.sortable("Value", 80, i -> num(i.value()), Columns.NUMBERS);
		columns.sortable("95 % CI", 130, i -> i.ciLow() == null ? "" : "[" + num(i.ciLow()) + ", " + num(i.ciHigh()) + "]");
		columns.sortable("p", 70, i -> Numbers.p(i.p()));
		columns.sortable("n", 60, i -> String.valueOf(i.n()), Columns.NUMBERS);
		columns.sortable("Severity", 80, i -> SeverityOrder.label(i.severity()));
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Indicator i && i.elementId() != null) {
				selectElement.accept(i.elementId());
			}
		});
		return page;
	}

	private static String num(Double value) {
		return Numbers.value(value);
	}

	@Override
	public void activate() {
		waves.refresh();
	}

	@Override
	public void analysisStarted() {
		show(null, "Analysing…");
	}

	@Override
	public void analysed(GapModel analysed, ModelAnalysisResult result) {
		waves.refresh();
		show(result.indicators(), result.indicators().size() + " indicators" + (result.wave() == null ? "" : " of wave " + result.wave())
				+ ", " + result.data().size() + " data files read");
		// a snapshot is dated today: only of the latest wave, or the history would show an older wave as the newest
		String latest = Waves.latest(model).map(MeasurementWave::getName).orElse(null);
		boolean current = result.wave() == null || result.wave().equals(latest);
		store.setEnabled(current);
		store.setToolTipText(current ? STORE_TIP : "Only the latest wave's indicators can be stored (they are dated today)");
	}

	@Override
	public void analysisFailed(Path modelFile, Exception problem) {
		show(List.of(), "Analysis failed: " + problem.getMessage());
		store.setEnabled(false);
	}

	/** Shows {@code indicators} (null: keeps the rows) with {@code text} as status. */
	private void show(List<Indicator> indicators, String text) {
		if (page == null || page.isDisposed()) {
			return;
		}
		if (indicators != null) {
			table.setInput(indicators);
		}
		status.setText(text);
		status.setToolTipText(text);
		page.layout();
	}

	/** Stores the latest analysis in the model as one undoable command, or says why there is nothing to store. */
	void storeSnapshot() {
		Optional<Command> command = analysis.storeSnapshot(domain);
		if (command.isEmpty()) {
			MessageDialog.openInformation(page.getShell(), "Store snapshot",
					"Nothing to store: no gap was measured, or the gaps changed since the last analysis (it runs again shortly).");
			return;
		}
		domain.getCommandStack().execute(command.get());
	}

	TableViewer table() {
		return table;
	}

	WaveChoice waves() {
		return waves;
	}

	/** The status line (what the analysis is doing, or why it failed). */
	String status() {
		return status.getText();
	}
}
