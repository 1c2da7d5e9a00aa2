package org.crmgap.rcp;

import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, status line. */
class GapWindowAdvisor extends WorkbenchWindowAdvisor {

	/** System property: print a marker and close once the window is open (used by the product smoke test). */
	static final String EXIT_AFTER_STARTUP = "crmgap.exitAfterStartup";

	GapWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new GapActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle("CRM Gap Studio");
	}

	@Override
	public void postWindowOpen() {
		StartupTrace.reached("workbench window open");
		StartupModel.open(getWindowConfigurer().getWindow());
		if (Boolean.getBoolean(EXIT_AFTER_STARTUP)) {
			var workbench = getWindowConfigurer().getWorkbenchConfigurer().getWorkbench();
			System.out.println("CRMGAP-WORKBENCH-READY: " + getWindowConfigurer().getWindow().getShell().getText());
			workbench.getDisplay().asyncExec(workbench::close);
		}
	}
}
