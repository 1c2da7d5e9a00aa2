package org.crmgap.ui.properties;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;

import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.report.Charts;
import org.crmgap.ui.editor.EditorAnalysis;
import org.crmgap.ui.tables.Columns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Indicator history" tab of a gap: its indicator across the measurement waves as a chart (from the editor's latest
 * analysis, redrawn when a new one arrives), and the snapshots stored in the model, oldest first.
 */
public class IndicatorHistorySection extends AbstractPropertySection {

	private static final int WIDTH = 560;
	private static final int HEIGHT = 260;

	private final AnalysisListener analysed = new AnalysisListener() {
		@Override
		public void analysed(GapModel model, ModelAnalysisResult result) {
			showTrend();
		}

		@Override
		public void analysisFailed(Path modelFile, Exception problem) {
			showTrend();
		}
	};
	private TableViewer table;
	private Label trend;
	private Image image;
	private Gap gap;
	private EditorAnalysis analysis;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		Composite body = getWidgetFactory().createFlatFormComposite(parent);
		body.setLayout(new GridLayout());
		trend = getWidgetFactory().createLabel(body, "");
		trend.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		table = new TableViewer(getWidgetFactory().createTable(body, SWT.FULL_SELECTION | SWT.BORDER));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setContentProvider(ArrayContentProvider.getInstance());
		SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
		Columns<IndicatorSnapshot> columns = Columns.of(table, IndicatorSnapshot.class);
		columns.add("Computed", 150, s -> s.getComputedAt() == null ? "" : date.format(s.getComputedAt()));
		columns.add("Indicator", 220, s -> s.getIndicator() == null ? "" : s.getIndicator());
		columns.add("Value", 90, s -> String.format(Locale.ROOT, "%.3f", s.getValue()));
		columns.add("n", 60, s -> String.valueOf(s.getN()));
		columns.add("Severity", 90, s -> s.getSeverity() == null ? "" : SeverityOrder.label(s.getSeverity()));
		columns.add("Data (SHA-256)", 200, s -> s.getDataFingerprint() == null ? "" : s.getDataFingerprint());
		trend.addDisposeListener(e -> {
			disposeImage();
			listenTo(null);
		});
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		gap = first instanceof Gap g ? g : null;
		listenTo(part == null ? null : part.getAdapter(EditorAnalysis.class));
	}

	private void listenTo(EditorAnalysis next) {
		if (next == analysis) {
			return;
		}
		if (analysis != null) {
			analysis.removeListener(analysed);
		}
		analysis = next;
		if (analysis != null) {
			analysis.addListener(analysed);
		}
	}

	@Override
	public void refresh() {
		table.setInput(gap == null ? List.of() : List.copyOf(gap.getSnapshots()));
		showTrend();
	}

	private void showTrend() {
		if (trend == null || trend.isDisposed()) {
			return;
		}
		ModelAnalysisResult result = analysis == null ? null : analysis.latest();
		GapTrend found = result == null || gap == null ? null : result.trends().stream().filter(t -> t.isOf(gap)).findFirst().orElse(null);
		disposeImage();
		if (found != null && found.measured() >= 2) {
			try {
				byte[] png = Charts.png(Charts.trend(found), WIDTH, HEIGHT);
				image = new Image(trend.getDisplay(), new ImageData(new ByteArrayInputStream(png)));
				trend.setText("");
				trend.setImage(image);
			} catch (IOException e) {
				trend.setText("The trend chart cannot be drawn: " + e.getMessage());
			}
		} else {
			trend.setText(result == null ? "The trend across the measurement waves appears after the analysis."
					: "The trend appears once the gap is measured in two measurement waves.");
		}
		trend.getParent().layout(true);
	}

	private void disposeImage() {
		if (image != null) {
			if (!trend.isDisposed()) {
				trend.setImage(null);
			}
			image.dispose();
			image = null;
		}
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	Table table() {
		return table.getTable();
	}

	/** The chart (an image) or the line saying why there is none. */
	Label trend() {
		return trend;
	}
}
