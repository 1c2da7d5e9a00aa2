package org.crmgap.rcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The real workbench under Xvfb: the Gap Modelling perspective with its views. */
class WorkbenchStartTest {

	@Test
	void workbenchRunsOnTheUiThread() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		assertEquals(Display.getDefault().getThread(), Thread.currentThread());
	}

	@Test
	void gapModellingPerspectiveShowsProjectsPropertiesAndProblems() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(GapModellingPerspective.ID));
		assertEquals("Gap Modelling", page.getPerspective().getLabel());
		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer");
		assertNotNull(page.showView(IPageLayout.ID_PROP_SHEET), "Properties");
		assertNotNull(page.showView(IPageLayout.ID_PROBLEM_VIEW), "Problems");
	}
}
