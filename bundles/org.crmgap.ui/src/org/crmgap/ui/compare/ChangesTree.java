package org.crmgap.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.crmgap.model.compare.LayoutChange;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/**
 * The changes as a tree: one row per changed element (its icon and label from the item providers; green when added,
 * red when removed) with its changes below; last, the changes of the diagrams' layout in a row of their own, collapsed
 * (as {@code crmgap diff} would list them apart: they are seldom what a review is about). Selecting a row tells
 * {@code shown} the element's id (for a shape, the id of the element it draws).
 */
final class ChangesTree {

	private final TreeViewer viewer;

	ChangesTree(Composite parent, Comparison comparison, AdapterFactory adapters, Consumer<String> shown) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.setComparer(new Identity()); // two changes may be equal records; rows are the objects themselves
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels(new ItemLabelProvider(adapters), parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN),
				parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)));
		List<Object> rows = new ArrayList<>(comparison.groups());
		LayoutChanges layout = comparison.layout();
		if (!layout.rows().isEmpty()) {
			rows.add(layout);
		}
		viewer.setInput(rows);
		viewer.expandAll();
		viewer.setExpandedState(layout, false);
		viewer.addSelectionChangedListener(event -> {
			Object row = viewer.getStructuredSelection().getFirstElement();
			if (row instanceof Comparison.Group group) {
				shown.accept(group.id());
			} else if (row instanceof ModelChange change) {
				shown.accept(change.id());
			} else if (row instanceof LayoutChange shape && shape.drawn() != null) {
				shown.accept(shape.drawn());
			}
		});
	}

	/** Selects the first changed element, as if clicked, so that both versions show it from the start. */
	void selectFirst() {
		Object first = viewer.getTree().getItemCount() == 0 ? null : viewer.getTree().getItem(0).getData();
		if (first != null) {
			viewer.setSelection(new StructuredSelection(first), true);
		}
	}

	TreeViewer viewer() {
		return viewer;
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof LayoutChanges layout) {
				return layout.rows().toArray();
			}
			return parent instanceof Comparison.Group group ? group.changes().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Comparison.Group || element instanceof LayoutChanges;
		}
	}

	private static final class Labels extends LabelProvider implements IColorProvider {

		private final ItemLabelProvider items;
		private final Color added;
		private final Color removed;

		Labels(ItemLabelProvider items, Color added, Color removed) {
			this.items = items;
			this.added = added;
			this.removed = removed;
		}

		@Override
		public String getText(Object row) {
			if (row instanceof LayoutChanges layout) {
				int count = layout.rows().size();
				return "Layout of the diagrams: " + count + (count == 1 ? " change" : " changes");
			}
			if (row instanceof LayoutChange shape) {
				return shape.change().element() + ": " + ChangeLabels.of(shape.change());
			}
			if (row instanceof Comparison.Group group) {
				return group.element() == null ? group.changes().get(0).element() : items.getText(group.element());
			}
			return ChangeLabels.of((ModelChange) row);
		}

		@Override
		public Image getImage(Object row) {
			return row instanceof Comparison.Group group && group.element() != null ? items.getImage(group.element()) : null;
		}

		@Override
		public Color getForeground(Object row) {
			if (row instanceof Comparison.Group group) {
				ModelChange.Kind first = group.changes().get(0).kind();
				return first == ModelChange.Kind.ADDED ? added : first == ModelChange.Kind.REMOVED ? removed : null;
			}
			return null;
		}

		@Override
		public Color getBackground(Object row) {
			return null;
		}
	}

	private static final class Identity implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return a == b;
		}

		@Override
		public int hashCode(Object element) {
			return System.identityHashCode(element);
		}
	}
}
