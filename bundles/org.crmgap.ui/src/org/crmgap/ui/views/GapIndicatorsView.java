package org.crmgap.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.GapKinds;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.GapModel;
import org.crmgap.ui.editor.EditorAnalysis;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.tables.Columns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The Gap Indicators view: the gaps of the active gap model editor with the indicator that measures each, its
 * value, n and severity from the editor's latest analysis; follows the editor the user works in.
 */
public class GapIndicatorsView extends ViewPart implements AnalysisListener {

	public static final String ID = "org.crmgap.ui.views.gapIndicators";

	private TableViewer table;
	private GapModelEditor shown;
	private EditorAnalysis followed;

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
		Columns<GapFinding> columns = Columns.of(table, GapFinding.class);
		columns.add("Kind", 150, f -> f.kind() == null ? "" : GapKinds.title(f.kind()));
		columns.add("Gap", 320, GapFinding::gap);
		columns.add("Indicator", 200, f -> f.indicator() == null ? "not measured" : f.indicator());
		columns.add("Value", 80, f -> f.value() == null ? "" : String.format(Locale.ROOT, "%+.3f", f.value()));
		columns.add("n", 60, f -> f.value() == null ? "" : String.valueOf(f.n()));
		columns.add("Severity", 90, f -> f.severity() == null ? "" : SeverityOrder.label(f.severity()));
		getSite().getPage().addPartListener(editors);
		if (getSite().getPage().getActiveEditor() instanceof GapModelEditor editor) {
			follow(editor);
		}
	}

	private void follow(GapModelEditor editor) {
		if (followed != null) {
			followed.removeListener(this);
		}
		shown = editor;
		followed = editor == null ? null : editor.getAdapter(EditorAnalysis.class);
		show(List.of(), editor == null ? "No gap model editor is active" : editor.getModel() == null ? "" : "Not analysed yet");
		if (followed != null) {
			followed.addListener(this); // shows its latest analysis at once
		}
	}

	@Override
	public void analysed(GapModel analysed, ModelAnalysisResult result) {
		show(result.gaps(), analysed.getName() + ": " + result.gaps().size() + " gaps");
	}

	@Override
	public void analysisFailed(Path modelFile, Exception problem) {
		show(List.of(), "The analysis of " + modelFile.getFileName() + " failed: " + problem.getMessage());
	}

	private void show(List<GapFinding> findings, String description) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		table.setInput(findings);
		setContentDescription(description);
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
