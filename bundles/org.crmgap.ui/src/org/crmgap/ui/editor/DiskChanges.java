package org.crmgap.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Notices when the editor's file changes on disk by someone else: an unmodified editor reloads; one with
 * unsaved changes asks whether to reload (losing them) or keep them (and overwrite the file on save).
 */
final class DiskChanges implements IResourceChangeListener {

	private final IEditorPart editor;
	private final IFile file;
	private long ownStamp;

	DiskChanges(IEditorPart editor, IFile file) {
		this.editor = editor;
		this.file = file;
		this.ownStamp = file.getModificationStamp();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	private boolean disposed;

	/** After the editor's own save: that change is not news. */
	void saved() {
		ownStamp = file.getModificationStamp();
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null || (delta.getFlags() & IResourceDelta.CONTENT) == 0 || file.getModificationStamp() == ownStamp) {
			return;
		}
		Display.getDefault().asyncExec(this::changedOnDisk);
	}

	private void changedOnDisk() {
		if (disposed || !file.exists() || file.getModificationStamp() == ownStamp) {
			// closed meanwhile, deleted (with its project), or the editor's own save announced while it was saving
			return;
		}
		if (editor.isDirty() && !MessageDialog.openQuestion(editor.getSite().getShell(), "File changed",
				file.getName() + " has been changed on disk. Reload it and lose your unsaved changes?")) {
			ownStamp = file.getModificationStamp(); // keep: the next save overwrites the file
			return;
		}
		reopen();
	}

	/** Closes the editor without saving and opens the file as it is on disk in a new one (reload, File › Revert). */
	void reopen() {
		IWorkbenchPage page = editor.getSite().getPage();
		page.closeEditor(editor, false);
		try {
			IDE.openEditor(page, file, GapModelEditor.ID);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Could not reopen " + file.getLocation(), e);
		}
	}

	/** Lets the workspace see files written beside the model (reports, exports). */
	static void refreshFolder(IFile file) {
		try {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			ILog.of(DiskChanges.class).warn("Could not refresh " + file.getParent().getLocation(), e);
		}
	}

	void dispose() {
		disposed = true;
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
