package org.crmgap.ui.properties;

import java.text.SimpleDateFormat;
import java.util.Locale;

import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.Gap;
import org.crmgap.model.IndicatorSnapshot;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/** The "Indicator history" tab of a gap: the snapshots stored in the model, oldest first. */
public class IndicatorHistorySection extends AbstractPropertySection {

	private Table table;
	private Gap gap;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		Composite body = getWidgetFactory().createFlatFormComposite(parent);
		body.setLayout(new GridLayout());
		table = getWidgetFactory().createTable(body, SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] column : new String[][] { { "Computed", "150" }, { "Indicator", "220" }, { "Value", "90" }, { "n", "60" },
				{ "Severity", "90" }, { "Data (SHA-256)", "200" } }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		gap = first instanceof Gap g ? g : null;
	}

	@Override
	public void refresh() {
		table.removeAll();
		if (gap == null) {
			return;
		}
		SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
		for (IndicatorSnapshot s : gap.getSnapshots()) {
			new TableItem(table, SWT.NONE).setText(new String[] { s.getComputedAt() == null ? "" : date.format(s.getComputedAt()),
					s.getIndicator() == null ? "" : s.getIndicator(), String.format(Locale.ROOT, "%.3f", s.getValue()),
					String.valueOf(s.getN()), s.getSeverity() == null ? "" : SeverityOrder.label(s.getSeverity()),
					s.getDataFingerprint() == null ? "" : s.getDataFingerprint() });
		}
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	Table table() {
		return table;
	}
}
