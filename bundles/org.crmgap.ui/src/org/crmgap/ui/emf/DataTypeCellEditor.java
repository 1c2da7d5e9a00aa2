package org.crmgap.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/** A text field for a data type (text, numbers, dates) that refuses what the type cannot read, with the reason. */
public class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;

	public DataTypeCellEditor(Composite parent, EDataType type) {
		super(parent);
		this.type = type;
		setValidator(value -> {
			try {
				convert((String) value);
				return null;
			} catch (RuntimeException e) {
				return "'" + value + "' is not a valid " + type.getName() + ": " + e.getMessage();
			}
		});
	}

	private Object convert(String text) {
		if (text.isEmpty() && !type.getInstanceClass().isPrimitive()) {
			return type.getInstanceClass() == String.class ? "" : null;
		}
		return EcoreUtil.createFromString(type, text);
	}

	@Override
	protected Object doGetValue() {
		return convert((String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
	}
}
