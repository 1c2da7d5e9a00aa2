package org.crmgap.ui.editor;

import java.util.Collection;

import org.crmgap.model.GapModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The Edit menu and drag and drop in the model tree, with EMF.Edit's commands (the item providers decide what may be
 * deleted and what may go where); each is one undoable command on the editor's stack, and the pasted or moved
 * elements are selected.
 */
final class TreeClipboard implements EditTarget {

	private final EditingDomain domain;
	private final TreeViewer viewer;
	private final GapModel model;

	TreeClipboard(EditingDomain domain, TreeViewer viewer, GapModel model) {
		this.domain = domain;
		this.viewer = viewer;
		this.model = model;
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
				event.doit = !viewer.getSelection().isEmpty();
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DropTargetAdapter() {
			@Override
			public void dragOver(DropTargetEvent event) {
				event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_INSERT_BEFORE | DND.FEEDBACK_INSERT_AFTER
						| DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
				event.detail = dropAt(event, false) ? event.detail : DND.DROP_NONE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				dropAt(event, true);
			}
		});
	}

	/** Deletes the selected elements with their references to them. */
	@Override
	public void delete() {
		if (!viewer.getSelection().isEmpty()) {
			run(DeleteCommand.create(domain, selection()));
		}
	}

	/** Selects the model's top-level elements. */
	@Override
	public void selectAll() {
		viewer.setSelection(new StructuredSelection(model.eContents().toArray()));
	}

	@Override
	public void copy() {
		run(CopyToClipboardCommand.create(domain, selection()));
	}

	@Override
	public void cut() {
		run(CutToClipboardCommand.create(domain, selection()));
	}

	/** Pastes into the selected element (or next to it, as the item providers allow). */
	@Override
	public void paste() {
		Object owner = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (owner != null) {
			Command paste = PasteFromClipboardCommand.create(domain, owner, null);
			if (run(paste)) {
				select(paste.getAffectedObjects());
			}
		}
	}

	boolean canPaste() {
		return domain.getClipboard() != null && !domain.getClipboard().isEmpty() && !viewer.getSelection().isEmpty();
	}

	private Collection<?> selection() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	private boolean run(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
			return true;
		}
		command.dispose();
		return false;
	}

	/** Checks (and with {@code execute} runs) the EMF drag and drop command for the item under the pointer. */
	private boolean dropAt(DropTargetEvent event, boolean execute) {
		if (!(event.item instanceof TreeItem item) || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
			return false;
		}
		return drop(item.getData(), location(item, event), event.operations,
				event.detail == DND.DROP_NONE ? DND.DROP_MOVE : event.detail, dragged.toList(), execute);
	}

	/** Drops {@code elements} at {@code location} (0 top .. 1 bottom) of {@code target}; false when not allowed. */
	boolean drop(Object target, float location, int operations, int operation, Collection<?> elements, boolean execute) {
		Command command = DragAndDropCommand.create(domain, target, location, operations, operation, elements);
		if (!execute) {
			boolean ok = command.canExecute();
			command.dispose();
			return ok;
		}
		if (run(command)) {
			select(elements);
			return true;
		}
		return false;
	}

	/** After the tree has shown the change (it refreshes asynchronously). */
	private void select(Collection<?> elements) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.setSelection(new StructuredSelection(elements.toArray()), true);
			}
		});
	}

	/** Where in the item the pointer is, 0 (top) to 1 (bottom): EMF inserts before, into or after from it. */
	private static float location(Item item, DropTargetEvent event) {
		TreeItem treeItem = (TreeItem) item;
		Rectangle bounds = treeItem.getBounds();
		Point point = treeItem.getParent().toControl(event.x, event.y);
		return bounds.height == 0 ? 0.5f : Math.min(1f, Math.max(0f, (float) (point.y - bounds.y) / bounds.height));
	}
}
