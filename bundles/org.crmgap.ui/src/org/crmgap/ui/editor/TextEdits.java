package org.crmgap.ui.editor;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;

/** The Edit menu in a text field being typed in (a rename in the tree, a filter): the text, never the elements. */
record TextEdits(Text text) implements EditTarget {

	/** Del deletes the selected characters, or the one after the caret. */
	@Override
	public void delete() {
		Point range = text.getSelection();
		text.setSelection(range.x, range.x == range.y ? range.x + 1 : range.y);
		text.insert("");
	}

	@Override
	public void selectAll() {
		text.selectAll();
	}

	@Override
	public void cut() {
		text.cut();
	}

	@Override
	public void copy() {
		text.copy();
	}

	@Override
	public void paste() {
		text.paste();
	}
}
