package org.crmgap.ui.tables;

import java.util.Comparator;
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

	/** Text in its natural order, missing text first. */
	private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

	/** Numbers by value, whatever their text ("10.000" after "2.000", "-1" before "0"); missing or "–" first. */
	public static final Comparator<String> NUMBERS = Comparator.comparing(Columns::number, Comparator.nullsFirst(Comparator.naturalOrder()));

	private static Double number(String text) {
		try {
			return text == null || text.isBlank() ? null : Double.valueOf(text.replace('\u2212', '-'));
		} catch (NumberFormatException e) {
			return null; // "–", "<0.0001": not a plain number, sorted with the missing ones
		}
	}

	/** As {@link #add}, and a click on its header sorts the rows by this column's text. */
	public TableViewerColumn sortable(String title, int width, Function<T, String> text) {
		return sortable(title, width, text, TEXT);
	}

	/** As {@link #add}, and a click on its header sorts the rows by this column's text in the {@code key} order. */
	public TableViewerColumn sortable(String title, int width, Function<T, String> text, Comparator<String> key) {
		TableViewerColumn column = add(title, width, text);
		column.getColumn().addListener(SWT.Selection, e -> {
			table.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer viewer, Object a, Object b) {
					return key.compare(text.apply(rowType.cast(a)), text.apply(rowType.cast(b)));
				}
			});
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(SWT.UP);
		});
		return column;
	}
}
