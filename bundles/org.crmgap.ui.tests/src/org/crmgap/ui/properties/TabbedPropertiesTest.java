package org.crmgap.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.crmgap.ui.editor.ExampleProject;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataRole;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.Severity;
import org.crmgap.ui.editor.EditorAnalysis;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Properties view of the editor has tabs: every element has "Properties", a gap also its "Indicator history". */
class TabbedPropertiesTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.modelOnly("tabs-bank");

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
		IFile file = example.model();
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), file, GapModelEditor.ID);
		Gap gap = editor.getModel().getGaps().get(0);
		IndicatorSnapshot snapshot = CrmGapFactory.eINSTANCE.createIndicatorSnapshot();
		snapshot.setIndicator("customer gap");
		snapshot.setValue(-0.75);
		snapshot.setN(120);
		snapshot.setSeverity(Severity.WARNING);
		snapshot.setComputedAt(new Date(0));
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(AddCommand.create(domain, gap, CrmGapPackage.Literals.GAP__SNAPSHOTS, snapshot));

		PropertySheet view = (PropertySheet) example.page().showView(IPageLayout.ID_PROP_SHEET);
		example.page().activate(editor);
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

	@Test
	void aGapMeasuredInTwoWavesShowsItsTrend() throws Exception {
		IProject withData = ExampleProject.create("trend-bank", true);
		try {
			GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), withData.getFile("retail-bank.crmgap"), GapModelEditor.ID);
			var model = editor.getModel();
			var domain = editor.getEditingDomain();
			// the example's own waves replaced by two of the test's: the KPI files belong to the first wave; the surveys,
			// without a wave, to both (the first survey file of the model is read in each)
			CompoundCommand waves = new CompoundCommand("Two waves");
			model.getDataSources().forEach(s -> waves.append(SetCommand.create(domain, s, CrmGapPackage.Literals.DATA_SOURCE__WAVE, null)));
			if (!model.getWaves().isEmpty()) {
				waves.append(RemoveCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__WAVES, List.copyOf(model.getWaves())));
			}
			domain.getCommandStack().execute(waves);
			MeasurementWave first = wave("Spring 2025", 1, "2025-03-31");
			MeasurementWave second = wave("Spring 2026", 2, "2026-03-31");
			domain.getCommandStack().execute(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__WAVES, List.of(first, second)));
			model.getDataSources().stream().filter(s -> s.getRole() == DataRole.KPI_MEASUREMENTS)
					.forEach(kpi -> domain.getCommandStack().execute(SetCommand.create(domain, kpi, CrmGapPackage.Literals.DATA_SOURCE__WAVE, first)));
			EditorAnalysis analysis = editor.getAdapter(EditorAnalysis.class);
			analysis.analyse();
			Ui.waitFor("the analysis of both waves", 60_000, () -> analysis.latest() != null && !analysis.latest().trends().isEmpty());

			PropertySheet view = (PropertySheet) example.page().showView(IPageLayout.ID_PROP_SHEET);
			example.page().activate(editor);
			Gap customer = model.getGaps().stream().filter(g -> g.getKind() == GapKind.CUSTOMER).findFirst().orElseThrow();
			IndicatorHistorySection history = history(editor, view, customer);
			Ui.waitFor("the trend chart drawn", 10_000, () -> history.trend().getImage() != null);
			int coloured = Screenshots.count(Screenshots.grab(history.trend()), Screenshots::coloured);
			assertTrue(coloured >= 100, "the points in their severity's colour: " + coloured + " coloured pixels");
			Screenshots.take(editor.getSite().getShell(), "properties-indicator-trend");

			Gap delivery = model.getGaps().stream().filter(g -> g.getKind() == GapKind.DELIVERY).findFirst().orElseThrow();
			IndicatorHistorySection measuredOnce = history(editor, view, delivery);
			assertEquals(null, measuredOnce.trend().getImage());
			assertEquals("The trend appears once the gap is measured in two measurement waves.", measuredOnce.trend().getText());
		} finally {
			example.page().closeAllEditors(false);
			withData.delete(true, true, null);
		}
	}

	private IndicatorHistorySection history(GapModelEditor editor, PropertySheet view, Gap gap) {
		editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(gap));
		flush();
		TabbedPropertySheetPage sheet = (TabbedPropertySheetPage) view.getCurrentPage();
		sheet.setSelectedTab("org.crmgap.ui.tab.history");
		flush();
		return (IndicatorHistorySection) sheet.getCurrentTab().getSections()[0];
	}

	private static MeasurementWave wave(String name, int order, String date) {
		MeasurementWave wave = CrmGapFactory.eINSTANCE.createMeasurementWave();
		wave.setName(name);
		wave.setOrder(order);
		wave.setDate(LocalDate.parse(date));
		return wave;
	}
}
