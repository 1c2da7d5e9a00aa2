package org.crmgap.ui.compare;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The entry "Each Other as Gap Models" in the platform's Compare With menu. That menu is an object contribution of
 * org.eclipse.compare, which command contributions to {@code popup:compareWithMenu} do not reach; so the entry is an
 * object contribution too, and runs the command (whose handler does the work).
 */
public final class EachOtherAction implements IObjectActionDelegate {

	private IWorkbenchPart part;

	@Override
	public void setActivePart(IAction action, IWorkbenchPart targetPart) {
		this.part = targetPart;
	}

	@Override
	public void run(IAction action) {
		IHandlerService handlers = part.getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(CompareHandler.COMMAND, null);
		} catch (CommandException e) {
			MessageDialog.openError(part.getSite().getShell(), CompareHandler.TITLE, "Cannot compare: " + e.getMessage());
		}
	}

	@Override
	public void selectionChanged(IAction action, ISelection selection) {
		// enablement comes from plugin.xml (two *.crmgap files)
	}
}
