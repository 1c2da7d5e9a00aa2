package org.crmgap.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of values (enum literals, booleans, referenced elements) that edits the value itself, not its index. */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> values;

	public ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
		super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index < 0 || index >= values.size() ? null : values.get(index);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Math.max(0, values.indexOf(value)));
	}
}
