package org.crmgap.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.ui.emf.ItemContentProvider;
import org.crmgap.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
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
final class ModelPage implements EditorPage {

	private static final String NAME = "name";

	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final GapModel model;
	private TreeViewer viewer;
	private ModelMenu menu;
	private final BiConsumer<IMenuManager, List<?>> more;
	private TreeClipboard clipboard;

	/** {@code menu} adds to the tree's context menu for the selection (see {@link ModelMenu}). */
	ModelPage(EditingDomain domain, AdapterFactory adapterFactory, GapModel model, BiConsumer<IMenuManager, List<?>> menu) {
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.model = model;
		this.more = menu;
	}

	@Override
	public String title() {
		return "Model";
	}

	@Override
	public Control create(Composite parent) {
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
		menu = new ModelMenu(domain, viewer, more);
		clipboard = new TreeClipboard(domain, viewer, model);
		return viewer.getControl();
	}

	/** Delete, Select All, Cut, Copy and Paste act on the tree's elements. */
	@Override
	public EditTarget edits(EditTarget tree) {
		return clipboard;
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
