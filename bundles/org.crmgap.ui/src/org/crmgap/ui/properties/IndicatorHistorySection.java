package org.crmgap.ui.properties;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;

import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.Gap;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.ui.tables.Columns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/** The "Indicator history" tab of a gap: the snapshots stored in the model, oldest first. */
public class IndicatorHistorySection extends AbstractPropertySection {

	private TableViewer table;
	private Gap gap;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		Composite body = getWidgetFactory().createFlatFormComposite(parent);
		body.setLayout(new GridLayout());
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
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		gap = first instanceof Gap g ? g : null;
	}

	@Override
	public void refresh() {
		table.setInput(gap == null ? List.of() : List.copyOf(gap.getSnapshots()));
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	Table table() {
		return table.getTable();
	}
}
