package org.crmgap.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.model.Severity;
import org.crmgap.ui.editor.GapModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Properties view of the editor has tabs: every element has "Properties", a gap also its "Indicator history". */
class TabbedPropertiesTest {

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void open() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = org.crmgap.ui.editor.ExampleProject.create("tabs-bank", false);
	}

	@AfterEach
	void close() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static void flush() {
		while (Display.getCurrent().readAndDispatch()) {
			// let the Properties view follow the selection
		}
	}

	private static List<String> tabs(TabbedPropertySheetPage sheet) {
		return Arrays.stream(sheet.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
	}

	@Test
	void aGapHasItsIndicatorHistoryTab() throws Exception {
		IFile file = project.getFile("retail-bank.crmgap");
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(page, file, GapModelEditor.ID);
		Gap gap = editor.getModel().getGaps().get(0);
		IndicatorSnapshot snapshot = CrmGapFactory.eINSTANCE.createIndicatorSnapshot();
		snapshot.setIndicator("customer gap");
		snapshot.setValue(-0.75);
		snapshot.setN(120);
		snapshot.setSeverity(Severity.WARNING);
		snapshot.setComputedAt(new Date(0));
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(AddCommand.create(domain, gap, CrmGapPackage.Literals.GAP__SNAPSHOTS, snapshot));

		PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(editor.getModel().getSegments().get(0)));
		flush();
		TabbedPropertySheetPage sheet = (TabbedPropertySheetPage) view.getCurrentPage();
		assertEquals(List.of("Properties"), tabs(sheet));

		editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(gap));
		flush();
		assertEquals(List.of("Properties", "Indicator history"), tabs(sheet));
		sheet.setSelectedTab("org.crmgap.ui.tab.history");
		flush();
		IndicatorHistorySection history = (IndicatorHistorySection) sheet.getCurrentTab().getSections()[0];
		assertEquals(1, history.table().getItemCount());
		assertEquals("-0.750", history.table().getItem(0).getText(2));
		assertTrue(history.table().getItem(0).getText(4).equals("warning"));
	}
}
