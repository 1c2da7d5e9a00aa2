package org.crmgap.rcp;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Workspace-based workbench: projects with their .crmgap models and data files. */
public class GapWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// adapters that let the Project Explorer show workspace resources
		IDE.registerAdapters();
	}

	/**
	 * What the default does, on the UI thread. The default hands this (now a no-op) to a new thread and puts the UI
	 * thread to sleep until that thread wakes it; the wake-up was lost in about half the starts, and the UI thread
	 * then slept 5-6 s before the window opened (the start-up trace shows it in {@code Display.sleep}).
	 */
	@Override
	public boolean openWindows() {
		IWorkbenchConfigurer configurer = getWorkbenchConfigurer();
		IStatus status = configurer.restoreState();
		if (!status.isOK() && status.getCode() == IWorkbenchConfigurer.RESTORE_CODE_EXIT) {
			return false;
		}
		if (!status.isOK() && status.getCode() == IWorkbenchConfigurer.RESTORE_CODE_RESET) {
			configurer.openFirstTimeWindow();
		}
		return true;
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return GapModellingPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new GapWindowAdvisor(configurer);
	}

	@Override
	public boolean preShutdown() {
		return WorkspaceSaver.save();
	}
}
