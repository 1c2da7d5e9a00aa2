package org.crmgap.rcp;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;

/**
 * A model given at start ({@code -Dcrmgap.open=FILE}, from {@code ./crmgap studio WORKSPACE FILE}): its folder
 * becomes a workspace project (the files stay where they are) and the model opens in the gap model editor.
 */
final class StartupModel {

	static final String OPEN = "crmgap.open";

	private StartupModel() {
	}

	/** Opens the model named by the system property, if any; prints the time from JVM start to the open editor. */
	static void open(IWorkbenchWindow window) {
		String name = System.getProperty(OPEN);
		if (name == null || name.isBlank()) {
			return;
		}
		Path file = Path.of(name).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			MessageDialog.openError(window.getShell(), "Cannot open model", file + ": no such file");
			return;
		}
		try {
			IFile resource = project(file.getParent()).getFile(file.getFileName().toString());
			StartupTrace.reached("model folder as project");
			IDE.openEditor(window.getActivePage(), resource, "org.crmgap.ui.editor");
			long ms = ManagementFactory.getRuntimeMXBean().getUptime();
			StartupTrace.reached("editor usable");
			StartupTrace.threads();
			System.out.println("CRMGAP-EDITOR-READY: " + file.getFileName() + " after " + ms + " ms");
		} catch (CoreException | IllegalArgumentException e) {
			ILog.of(StartupModel.class).error("Could not open " + file, e);
			MessageDialog.openError(window.getShell(), "Cannot open model", file + ": " + e.getMessage());
		}
	}

	/** The project for this folder: an existing one at that location, else a new one linked to it. */
	private static IProject project(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		org.eclipse.core.runtime.IPath location = org.eclipse.core.runtime.IPath.fromPath(folder);
		for (IProject project : workspace.getRoot().getProjects()) {
			if (location.equals(project.getLocation())) {
				project.open(null);
				return project;
			}
		}
		String name = folder.getFileName() == null ? "model" : folder.getFileName().toString();
		IProject project = workspace.getRoot().getProject(name);
		for (int i = 2; project.exists(); i++) {
			project = workspace.getRoot().getProject(name + "-" + i);
		}
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		if (!location.equals(workspace.getRoot().getLocation().append(project.getName()))) {
			description.setLocation(location);
		}
		project.create(description, null);
		project.open(null);
		return project;
	}
}
