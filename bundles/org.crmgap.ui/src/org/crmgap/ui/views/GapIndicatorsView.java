package org.crmgap.ui.views;

import java.util.List;
import java.util.Locale;

import org.crmgap.indicators.SeverityOrder;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.GapKinds;
import org.crmgap.ui.editor.GapModelEditor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The Gap Indicators view: the gaps of the active gap model editor with the indicator that measures each, its
 * value, n and severity from the editor's latest analysis; follows the editor the user works in.
 */
public class GapIndicatorsView extends ViewPart {

	public static final String ID = "org.crmgap.ui.views.gapIndicators";

	private TableViewer table;
	private GapModelEditor shown;
	private final Runnable refresh = this::refresh;

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof GapModelEditor editor) {
				follow(editor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == shown) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Kind", 150, f -> f.kind() == null ? "" : GapKinds.title(f.kind()));
		column("Gap", 320, GapFinding::gap);
		column("Indicator", 200, f -> f.indicator() == null ? "not measured" : f.indicator());
		column("Value", 80, f -> f.value() == null ? "" : String.format(Locale.ROOT, "%+.3f", f.value()));
		column("n", 60, f -> f.value() == null ? "" : String.valueOf(f.n()));
		column("Severity", 90, f -> f.severity() == null ? "" : SeverityOrder.label(f.severity()));
		getSite().getPage().addPartListener(editors);
		if (getSite().getPage().getActiveEditor() instanceof GapModelEditor editor) {
			follow(editor);
		}
	}

	private void column(String title, int width, java.util.function.Function<GapFinding, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((GapFinding) element);
			}
		});
	}

	private void follow(GapModelEditor editor) {
		if (shown != null) {
			shown.removeAnalysisListener(refresh);
		}
		shown = editor;
		if (editor != null) {
			editor.addAnalysisListener(refresh);
		}
		refresh();
	}

	private void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		List<GapFinding> findings = shown == null ? List.of() : shown.findings();
		table.setInput(findings);
		setContentDescription(shown == null ? "No gap model editor is active"
				: shown.getModel() == null ? "" : shown.getModel().getName() + ": " + findings.size() + " gaps");
	}

	/** The rows shown (for tests). */
	public List<?> rows() {
		return table.getInput() instanceof List<?> list ? list : List.of();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		follow(null);
		super.dispose();
	}
}
