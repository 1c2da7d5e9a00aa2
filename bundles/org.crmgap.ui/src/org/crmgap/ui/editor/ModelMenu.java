package org.crmgap.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.crmgap.ui.emf.ItemImages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * The tree's context menu: New Child from the item providers' child descriptors, and Delete, both undoable commands,
 * then what the editor adds (Show on Diagram).
 */
final class ModelMenu {

	private final EditingDomain domain;
	private final TreeViewer viewer;
	private final BiConsumer<IMenuManager, List<?>> more;

	/** {@code more} adds what other parts of the editor offer for the selection (e.g. Show on Diagram). */
	ModelMenu(EditingDomain domain, TreeViewer viewer, BiConsumer<IMenuManager, List<?>> more) {
		this.domain = domain;
		this.viewer = viewer;
		this.more = more;
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fill);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void fill(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.size() == 1) {
			MenuManager children = new MenuManager("New Child");
			for (Action action : newChildActions(selection.getFirstElement())) {
				children.add(action);
			}
			menu.add(children);
		}
		if (!selection.isEmpty()) {
			Command delete = DeleteCommand.create(domain, selection.toList());
			Action action = new Action("Delete") {
				@Override
				public void run() {
					domain.getCommandStack().execute(delete);
				}
			};
			action.setEnabled(delete.canExecute());
			menu.add(action);
			more.accept(menu, selection.toList());
		}
	}

	/** One action per child the element can have, labelled and iconed by the item providers. */
	List<Action> newChildActions(Object owner) {
		Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
		return descriptors.stream().map(descriptor -> {
			Command create = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			Action action = new Action(create instanceof IItemLabelProvider labels ? labels.getText(descriptor) : label(descriptor)) {
				@Override
				public void run() {
					if (descriptor instanceof CommandParameter p && p.getValue() instanceof org.crmgap.model.SurveyInstrument instrument) {
						// a new instrument, not yet in the model: it starts with the preferred answer scale
						int[] scale = org.crmgap.ui.preferences.GapPreferences.scale();
						instrument.setScaleMin(scale[0]);
						instrument.setScaleMax(scale[1]);
					}
					domain.getCommandStack().execute(create);
					viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(create.getAffectedObjects().toArray()), true);
				}
			};
			if (create instanceof IItemLabelProvider labels && ItemImages.of(labels.getImage(descriptor)) != null) {
				action.setImageDescriptor(ImageDescriptor.createFromImage(ItemImages.of(labels.getImage(descriptor))));
			}
			action.setEnabled(create.canExecute());
			return action;
		}).toList();
	}

	private static String label(Object descriptor) {
		return descriptor instanceof CommandParameter p && p.getValue() != null ? p.getValue().getClass().getSimpleName() : "Child";
	}
}
