package org.crmgap.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.GapKinds;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.Severity;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The model at a glance: name and description; buttons to validate, analyse, open the report and the diagram;
 * the gaps per kind with their worst severity from the latest analysis; the diagrams, each a link; how many elements of
 * each concept.
 */
final class OverviewPage implements EditorPage, AnalysisListener {

	/** What the buttons do (the editor's own actions). */
	record Actions(Runnable validate, Runnable analyse, Runnable report, Runnable diagram) {
	}

	/** The editor's diagrams, its command stack (the list follows edits and undo), and how to open one on its page. */
	record Diagrams(EditorDiagrams diagrams, CommandStack stack, Consumer<Diagram> open) {
	}

	private final GapModel model;
	private final Actions actions;
	private final Diagrams diagrams;
	private DiagramsSection diagramList;
	private ScrolledForm form;
	private FormToolkit toolkit;
	private Composite gaps;

	OverviewPage(GapModel model, Actions actions, Diagrams diagrams) {
		this.model = model;
		this.actions = actions;
		this.diagrams = diagrams;
	}

	@Override
	public String title() {
		return "Overview";
	}

	@Override
	public Control create(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(model.getName());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		Label description = toolkit.createLabel(body, model.getDescription() == null ? "" : model.getDescription(), SWT.WRAP);
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
		wide.widthHint = 600;
		description.setLayoutData(wide);

		Composite buttons = toolkit.createComposite(body);
		buttons.setLayout(new GridLayout(4, false));
		button(buttons, "Validate", "Check the model's rules; problems go to the Problems view", actions.validate());
		button(buttons, "Analyse", "Compute every indicator from the attached data", actions.analyse());
		button(buttons, "Open report", "Write the HTML report beside the model and open it", actions.report());
		button(buttons, "Open diagram", "Show the DIE overview diagram", actions.diagram());

		gaps = section(body, "Gaps by kind", 3);
		showFindings(List.of(), "not analysed yet");
		diagramList = new DiagramsSection(toolkit, section(body, "Diagrams", 2), diagrams.diagrams(), diagrams.stack(), diagrams.open());
		Composite counts = section(body, "Content", 2);
		for (Map.Entry<String, Integer> count : counts(model).entrySet()) {
			toolkit.createLabel(counts, count.getKey());
			toolkit.createLabel(counts, String.valueOf(count.getValue()));
		}
		form.addDisposeListener(e -> toolkit.dispose());
		return form;
	}

	private void button(Composite parent, String text, String tip, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private Composite section(Composite body, String title, int columns) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	@Override
	public void analysed(GapModel analysed, ModelAnalysisResult result) {
		showFindings(result.gaps(), null);
	}

	@Override
	public void analysisFailed(Path modelFile, Exception problem) {
		showFindings(List.of(), "analysis failed");
	}

	/** The model's gaps per kind: how many, and the worst severity the latest analysis gave them (or {@code state}). */
	private void showFindings(List<GapFinding> findings, String state) {
		if (gaps == null || gaps.isDisposed()) {
			return;
		}
		for (Control child : gaps.getChildren()) {
			child.dispose();
		}
		Map<GapKind, Integer> counts = new TreeMap<>();
		for (Gap gap : model.getGaps()) {
			if (gap.getKind() != null) {
				counts.merge(gap.getKind(), 1, Integer::sum);
			}
		}
		Map<GapKind, Severity> worst = new TreeMap<>();
		for (GapFinding f : findings) {
			if (f.kind() != null && f.severity() != null) {
				worst.merge(f.kind(), f.severity(), SeverityOrder::worse);
			}
		}
		counts.forEach((kind, n) -> {
			toolkit.createLabel(gaps, GapKinds.title(kind));
			toolkit.createLabel(gaps, n + (n == 1 ? " gap" : " gaps"));
			Severity severity = worst.get(kind);
			toolkit.createLabel(gaps, state != null ? state : severity == null ? "not measured" : "worst: " + SeverityOrder.label(severity));
		});
		if (counts.isEmpty()) {
			toolkit.createLabel(gaps, "No gaps modelled yet");
		}
		gaps.getParent().layout(true, true); // the section sizes itself to the new rows
		form.getBody().layout(true, true);
		form.reflow(true);
	}

	/** The text of the gap summary, row by row (for tests and screen readers). */
	List<String> summary() {
		Control[] cells = gaps.getChildren();
		List<String> rows = new java.util.ArrayList<>();
		for (int i = 0; i + 2 < cells.length; i += 3) {
			rows.add(((Label) cells[i]).getText() + " | " + ((Label) cells[i + 1]).getText() + " | " + ((Label) cells[i + 2]).getText());
		}
		return rows;
	}

	DiagramsSection diagramList() {
		return diagramList;
	}

	private static Map<String, Integer> counts(GapModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		model.eAllContents().forEachRemaining(e -> counts.merge(e.eClass().getName(), 1, Integer::sum));
		return counts;
	}

}
