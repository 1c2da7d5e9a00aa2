package org.crmgap.ui.wizards;

import java.math.BigDecimal;
import java.util.function.Supplier;

import org.crmgap.data.Scale;
import org.crmgap.ui.tables.Columns;
import org.crmgap.ui.tables.TextEditing;
import org.crmgap.ui.wizards.ExportAnswers.Answer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * For a survey-tool export: the scale value of each answer text it holds (an editable table of text, value and how many
 * answers say it). Proposed from the answer table; an answer it does not know has no value, and the page is incomplete
 * until the user gives one or chooses to leave such answers unknown (empty in the analysis, counted in its warnings).
 */
final class AnswerLabelsPage extends WizardPage {

	private final Supplier<ExportAnswers> answers;
	private TableViewer table;
	private Button leaveUnknown;
	private String invalid;

	AnswerLabelsPage(Supplier<ExportAnswers> answers) {
		super("answers", "Answer labels", null);
		this.answers = answers;
		setDescription("Give each answer text of the export its value on the scale; an answer without a value is never guessed.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Columns<Answer> columns = Columns.of(table, Answer.class);
		columns.add("Answer text", 320, Answer::text);
		columns.add("Scale value", 110, AnswerLabelsPage::value)
				.setEditingSupport(TextEditing.of(table, Answer.class, AnswerLabelsPage::value, this::value));
		columns.add("Answers", 90, a -> String.valueOf(a.count()));
		leaveUnknown = new Button(page, SWT.CHECK);
		leaveUnknown.setText("Leave the answers without a value empty (counted as unknown answers in the analysis)");
		leaveUnknown.addListener(SWT.Selection, e -> update());
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			table.setInput(answers.get().answers());
			update();
		}
		super.setVisible(visible);
	}

	@Override
	public boolean isPageComplete() {
		return invalid == null && (answers.get().unknown() == 0 || leaveUnknown != null && leaveUnknown.getSelection());
	}

	private void update() {
		long unknown = answers.get().unknown();
		setErrorMessage(invalid);
		setMessage(unknown == 0 ? null : unknown + (unknown == 1 ? " answer text has" : " answer texts have") + " no value: type its value "
				+ "on the scale " + range(answers.get().scale()) + ", or leave such answers unknown.", WARNING);
		if (getContainer() != null && getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
		}
	}

	private static String value(Answer answer) {
		return answer.value() == null ? "" : BigDecimal.valueOf(answer.value()).stripTrailingZeros().toPlainString();
	}

	/** The value cell: a number on the scale (whole unless the scale is continuous), or empty for no value. */
	private void value(Answer answer, String typed) {
		String text = typed.strip().replace(',', '.');
		Scale scale = answers.get().scale();
		invalid = null;
		if (text.isEmpty()) {
			answer.value(null);
		} else {
			Double number = parse(text);
			if (number == null || number < scale.min() || number > scale.max() || !scale.continuous() && number % 1 != 0) {
				invalid = "'" + answer.text() + "': " + text + " is not a" + (scale.continuous() ? "" : " whole") + " number on the scale "
						+ range(scale);
			} else {
				answer.value(number);
			}
		}
		update();
	}

	private static Double parse(String text) {
		// plain decimals only: no NaN, Infinity or exponents in a scale value
		return text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") ? Double.valueOf(text) : null;
	}

	private static String range(Scale scale) {
		return scale.min() + "–" + scale.max();
	}

	/** Chooses whether answers without a value are left unknown (what the user does with the check box). */
	void leaveUnknown(boolean leave) {
		leaveUnknown.setSelection(leave);
		update();
	}

	TableViewer table() {
		return table;
	}
}
