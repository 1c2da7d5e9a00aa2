package org.crmgap.ui.editor;

import java.util.Map;
import java.util.TreeMap;

import org.crmgap.model.GapModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The model at a glance: name, description and how many elements of each concept it holds. */
final class OverviewPage {

	private final ScrolledForm form;

	OverviewPage(Composite parent, GapModel model) {
		FormToolkit toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(model.getName());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, false));
		Label description = toolkit.createLabel(body, model.getDescription() == null ? "" : model.getDescription(), SWT.WRAP);
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wide.widthHint = 600;
		description.setLayoutData(wide);
		for (Map.Entry<String, Integer> count : counts(model).entrySet()) {
			toolkit.createLabel(body, count.getKey());
			toolkit.createLabel(body, String.valueOf(count.getValue()));
		}
		form.addDisposeListener(e -> toolkit.dispose());
	}

	private static Map<String, Integer> counts(GapModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		model.eAllContents().forEachRemaining(e -> counts.merge(e.eClass().getName(), 1, Integer::sum));
		return counts;
	}

	Control control() {
		return form;
	}
}
