package org.crmgap.ui.editor;

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

	// Edit > Delete and Select All (Del, Ctrl+A) go to the active page: the diagram, or the tree
	private final Action delete = new Action("Delete") {
		@Override
		public void run() {
			if (editor instanceof GapModelEditor gap) {
				gap.deleteSelection();
			}
		}
	};

	private final Action selectAll = new Action("Select All") {
		@Override
		public void run() {
			if (editor instanceof GapModelEditor gap) {
				gap.selectAll();
			}
		}
	};

	private final Action revert = new Action("Revert") {
		@Override
		public void run() {
			if (editor instanceof GapModelEditor gap) {
				gap.revert();
			}
		}
	};

	private final Action cut = clipboardAction("Cut", "cut");
	private final Action copy = clipboardAction("Copy", "copy");
	private final Action paste = clipboardAction("Paste", "paste");

	private Action clipboardAction(String label, String name) {
		return new Action(label) {
			@Override
			public void run() {
				if (editor instanceof GapModelEditor gap) {
					gap.clipboard(name);
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
