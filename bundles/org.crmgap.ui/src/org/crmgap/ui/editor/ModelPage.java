package org.crmgap.ui.editor;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.ui.emf.ItemContentProvider;
import org.crmgap.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;

/** The model as a tree through its item providers; F2 renames in place, as an undoable command. */
final class ModelPage {

	private static final String NAME = "name";

	private final TreeViewer viewer;
	private final EditingDomain domain;
	private final ModelMenu menu;
	private final TreeClipboard clipboard;

	ModelPage(Composite parent, EditingDomain domain, AdapterFactory adapterFactory, GapModel model) {
		this.domain = domain;
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION);
		viewer.setContentProvider(new ItemContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
		viewer.setInput(model.eResource());
		viewer.expandToLevel(2);
		viewer.setColumnProperties(new String[] { NAME });
		viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
		viewer.setCellModifier(new Renamer());
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.DEFAULT);
		menu = new ModelMenu(domain, viewer);
		clipboard = new TreeClipboard(domain, viewer);
	}

	TreeClipboard clipboard() {
		return clipboard;
	}

	ModelMenu menu() {
		return menu;
	}

	TreeViewer viewer() {
		return viewer;
	}

	Control control() {
		return viewer.getControl();
	}

	/** Renames an element by a command on the editor's stack, so undo/redo and dirty state follow. */
	void rename(NamedElement element, String name) {
		domain.getCommandStack().execute(SetCommand.create(domain, element, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, name));
	}

	private final class Renamer implements ICellModifier {
		@Override
		public boolean canModify(Object element, String property) {
			return element instanceof NamedElement;
		}

		@Override
		public Object getValue(Object element, String property) {
			String name = ((NamedElement) element).getName();
			return name == null ? "" : name;
		}

		@Override
		public void modify(Object element, String property, Object value) {
			Object target = element instanceof Item item ? item.getData() : element;
			if (target instanceof NamedElement named && !value.equals(named.getName())) {
				rename(named, (String) value);
			}
		}
	}
}
