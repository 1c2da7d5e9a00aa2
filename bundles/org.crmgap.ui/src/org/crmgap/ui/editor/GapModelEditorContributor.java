package org.crmgap.ui.editor;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Binds Edit › Undo/Redo (and their keys) to the active gap model editor's command stack. */
public class GapModelEditorContributor extends MultiPageEditorActionBarContributor {

	private IEditorPart editor;
	private final CommandStackListener listener = e -> update();
	private final Action undo = new Action("&Undo") {
		@Override
		public void run() {
			stack().undo();
		}
	};
	private final Action redo = new Action("&Redo") {
		@Override
		public void run() {
			stack().redo();
		}
	};

	// Edit > Delete, Select All, Cut, Copy, Paste (and their keys) go where the user works: a text field, the page
	private final Action delete = editAction("Delete", EditTarget::delete);
	private final Action selectAll = editAction("Select All", EditTarget::selectAll);
	private final Action cut = editAction("Cut", EditTarget::cut);
	private final Action copy = editAction("Copy", EditTarget::copy);
	private final Action paste = editAction("Paste", EditTarget::paste);

	private final Action revert = new Action("Revert") {
		@Override
		public void run() {
			if (editor instanceof GapModelEditor gap) {
				gap.revert();
			}
		}
	};

	private Action editAction(String label, Consumer<EditTarget> command) {
		return new Action(label) {
			@Override
			public void run() {
				if (editor instanceof GapModelEditor gap) {
					command.accept(gap.editTarget());
				}
			}
		};
	}

	private CommandStack stack() {
		return ((IEditingDomainProvider) editor).getEditingDomain().getCommandStack();
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (editor instanceof IEditingDomainProvider) {
			stack().removeCommandStackListener(listener);
		}
		editor = part;
		super.setActiveEditor(part);
		IActionBars bars = getActionBars();
		if (bars != null && part instanceof IEditingDomainProvider) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
			bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
			bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
			bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
			bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
			bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
			stack().addCommandStackListener(listener);
			update();
			bars.updateActionBars();
		}
	}

	private void update() {
		undo.setEnabled(stack().canUndo());
		redo.setEnabled(stack().canRedo());
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages share the editor's command stack: nothing changes between them
	}
}
