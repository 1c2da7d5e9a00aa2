package org.crmgap.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compare With > Each Other as Gap Models: the two selected model files, the first in the view as the older. A file that cannot be
 * read is named in a one-line error; nothing opens then.
 */
public final class CompareHandler extends AbstractHandler {

	public static final String COMMAND = "org.crmgap.ui.compare.eachOther";

	static final String TITLE = "Compare Gap Models";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<IFile> files = selectedFiles(event);
		// the window's shell: the active shell can be a dialog closed a moment ago (seen in the tests: a dialog without parent)
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		if (files.size() != 2) {
			MessageDialog.openError(shell, TITLE, "Select exactly two model files to compare.");
			return null;
		}
		Comparison comparison;
		try {
			comparison = Comparison.load(files.get(0), files.get(1));
		} catch (ModelFileException e) {
			MessageDialog.openError(shell, TITLE, "Cannot compare: " + problem(files, e));
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			page.openEditor(new ComparisonInput(comparison), ComparisonEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The comparison could not be opened", e);
		}
		return null;
	}

	/** The selected files, in the order of the view. */
	static List<IFile> selectedFiles(ExecutionEvent event) {
		List<IFile> files = new ArrayList<>();
		for (Object selected : HandlerUtil.getCurrentStructuredSelection(event)) {
			IFile file = Adapters.adapt(selected, IFile.class);
			if (file != null) {
				files.add(file);
			}
		}
		return files;
	}

	/** One line: the file as the workspace names it, the line where known, what is wrong (no stack trace, no line breaks). */
	static String problem(List<IFile> files, ModelFileException e) {
		String name = String.valueOf(e.getFile());
		for (IFile file : files) {
			if (file.getLocation() != null && file.getLocation().toPath().equals(e.getFile())) {
				name = file.getFullPath().toString();
			}
		}
		String line = e.getLine() > 0 ? " (line " + e.getLine() + ")" : "";
		return name + line + " is not a readable gap model: " + e.getProblem().replaceAll("\\s+", " ");
	}
}
