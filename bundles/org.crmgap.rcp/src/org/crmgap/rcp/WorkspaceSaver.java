package org.crmgap.rcp;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Saves the workspace state on shutdown so projects and markers survive a restart. */
final class WorkspaceSaver {

	private WorkspaceSaver() {
	}

	static boolean save() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(WorkspaceSaver.class).error("Could not save the workspace state", e);
		}
		return true;
	}
}
