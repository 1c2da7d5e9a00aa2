package org.crmgap.ui.tables;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

/** Table columns whose cells are a function of the row: the editor's pages, the Gap Indicators view, the properties. */
public final class Columns<T> {

	private final TableViewer table;
	private final Class<T> rowType;

	private Columns(TableViewer table, Class<T> rowType) {
		this.table = table;
		this.rowType = rowType;
	}

	/** Columns of {@code table}, whose rows are {@code rowType}s. */
	public static <T> Columns<T> of(TableViewer table, Class<T> rowType) {
		return new Columns<>(table, rowType);
	}

	/** A column {@code title}, {@code width} pixels wide, showing {@code text} of each row. */
	public TableViewerColumn add(String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}
		});
		return column;
	}

	/** As {@link #add}, and a click on its header sorts the rows by this column's text. */
	public TableViewerColumn sortable(String title, int width, Function<T, String> text) {
		TableViewerColumn column = add(title, width, text);
		column.getColumn().addListener(SWT.Selection, e -> {
			table.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer viewer, Object a, Object b) {
					return text.apply(rowType.cast(a)).compareTo(text.apply(rowType.cast(b)));
				}
			});
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(SWT.UP);
		});
		return column;
	}
}
