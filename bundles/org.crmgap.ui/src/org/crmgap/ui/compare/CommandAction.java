package org.crmgap.ui.compare;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A context-menu entry on model files that runs a command (named after the colon of its class in plugin.xml), whose
 * handler does the work. An object contribution because the platform's Compare With menu is one, which command
 * contributions to {@code popup:compareWithMenu} do not reach.
 */
public final class CommandAction implements IObjectActionDelegate, IExecutableExtension {

	private String command;
	private IWorkbenchPart part;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		command = (String) data;
	}

	@Override
	public void setActivePart(IAction action, IWorkbenchPart targetPart) {
		this.part = targetPart;
	}

	@Override
	public void run(IAction action) {
		IHandlerService handlers = part.getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(command, null);
		} catch (CommandException e) {
			MessageDialog.openError(part.getSite().getShell(), action.getText().replace("&", ""), "Cannot run: " + e.getMessage());
		}
	}

	@Override
	public void selectionChanged(IAction action, ISelection selection) {
		// enablement comes from plugin.xml (the number of *.crmgap files)
	}
}
