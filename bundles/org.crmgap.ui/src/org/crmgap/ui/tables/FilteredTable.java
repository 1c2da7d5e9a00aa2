package org.crmgap.ui.tables;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A page's search field and the table it filters (case ignored, on the text a row is searched by), in a parent with a
 * grid layout: the field first, the page's own widgets after it, the table below across the whole row.
 */
public final class FilteredTable<T> {

	private final Class<T> rowType;
	private final Function<T, String> searched;
	private String filter = "";

	/** {@code searched}: the text a row is found by. */
	public FilteredTable(Class<T> rowType, Function<T, String> searched) {
		this.rowType = rowType;
		this.searched = searched;
	}

	/** The search field, taking the room left in its row; {@code message} is shown while it is empty. */
	public Text searchField(Composite parent, String message) {
		Text search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH);
		search.setMessage(message);
		GridData room = new GridData(SWT.FILL, SWT.CENTER, true, false);
		room.minimumWidth = 180; // stays a field one can type in beside the page's own widgets
		search.setLayoutData(room);
		search.addModifyListener(e -> filter = search.getText().toLowerCase(Locale.ROOT));
		return search;
	}

	/** The table below, across {@code span} grid columns, filtered by the search field (which refreshes it). */
	public TableViewer table(Composite parent, int span, Text search) {
		TableViewer table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, span, 1));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return searched.apply(rowType.cast(element)).toLowerCase(Locale.ROOT).contains(filter);
			}
		});
		search.addModifyListener(e -> table.refresh());
		return table;
	}
}
