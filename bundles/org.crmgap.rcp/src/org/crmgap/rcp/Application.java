package org.crmgap.rcp;

import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The CRM Gap Studio workbench application. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		StartupTrace.reached("OSGi framework and bundles");
		Display display = PlatformUI.createDisplay();
		StartupTrace.reached("display (GTK)");
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new GapWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
