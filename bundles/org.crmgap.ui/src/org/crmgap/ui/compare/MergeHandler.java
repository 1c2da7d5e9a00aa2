package org.crmgap.ui.compare;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Merge Gap Models… on three selected model files: the merge dialog, which writes a new file or nothing. */
public final class MergeHandler extends AbstractHandler {

	public static final String COMMAND = "org.crmgap.ui.compare.merge";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<IFile> files = CompareHandler.selectedFiles(event);
		// the window's shell: the active shell can be a dialog closed a moment ago (seen in the tests: a dialog without parent)
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		if (files.size() != 3) {
			MessageDialog.openError(shell, MergeDialog.TITLE, "Select three model files to merge: the base, ours and theirs.");
			return null;
		}
		new MergeDialog(shell, files).open();
		return null;
	}
}
