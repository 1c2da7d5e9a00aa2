package org.crmgap.ui.tables;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/**
 * Table cells the user types into (the wizards' answer values and profile names): the text comes from the row, what the
 * user typed goes back to it, and the row is shown anew.
 */
public final class TextEditing<T> extends EditingSupport {

	private final Class<T> rowType;
	private final Function<T, String> get;
	private final BiConsumer<T, String> set;
	private final TextCellEditor editor;

	private TextEditing(TableViewer table, Class<T> rowType, Function<T, String> get, BiConsumer<T, String> set) {
		super(table);
		this.rowType = rowType;
		this.get = get;
		this.set = set;
		editor = new TextCellEditor(table.getTable());
	}

	/** The cells of {@code table}'s {@code rowType} rows: each shows {@code get} of its row, and gives what was typed to {@code set}. */
	public static <T> TextEditing<T> of(TableViewer table, Class<T> rowType, Function<T, String> get, BiConsumer<T, String> set) {
		return new TextEditing<>(table, rowType, get, set);
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return true;
	}

	@Override
	protected Object getValue(Object element) {
		return get.apply(rowType.cast(element));
	}

	@Override
	protected void setValue(Object element, Object value) {
		set.accept(rowType.cast(element), String.valueOf(value));
		getViewer().update(element, null);
	}
}
