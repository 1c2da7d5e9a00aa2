package org.crmgap.ui.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Chooses the template of the new model. */
final class TemplatePage extends WizardPage {

	private Template template = Template.DIE;

	TemplatePage() {
		super("template", "Start from", null);
		setDescription("Choose what the new gap model starts from.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		for (Template t : Template.values()) {
			Button choice = new Button(page, SWT.RADIO);
			choice.setText(t.label);
			choice.setSelection(t == template);
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					template = t;
				}
			});
		}
		setControl(page);
	}

	Template template() {
		return template;
	}

	void select(Template t) {
		template = t;
	}
}
