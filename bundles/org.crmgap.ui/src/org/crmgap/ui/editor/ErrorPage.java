package org.crmgap.ui.editor;

import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Shown instead of the model when the file cannot be read: which file, which line, what is wrong. */
final class ErrorPage implements EditorPage {

	private final ModelFileException problem;

	ErrorPage(ModelFileException problem) {
		this.problem = problem;
	}

	@Override
	public String title() {
		return "Error";
	}

	@Override
	public Control create(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setText("This file cannot be opened as a CRM gap model. It has not been changed.");
		Text details = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		details.setText(problem == null ? "unknown problem" : problem.getMessage());
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		details.setData("crmgap.error", Boolean.TRUE);
		return page;
	}

	@Override
	public EditTarget edits(EditTarget tree) {
		return EditTarget.NONE; // nothing here may change
	}
}
