package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.ServiceStandard;
import org.crmgap.ui.emf.ItemPropertySource;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gap model editor in the real workbench: open the example, rename, undo, redo, save, reopen; a corrupt file. */
class GapModelEditorTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("retail-bank");

	private GapModelEditor open(IFile file) throws Exception {
		return (GapModelEditor) IDE.openEditor(example.page(), file, GapModelEditor.ID);
	}

	@Test
	void renameInTheTreeUndoRedoSaveAndReopen() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = open(file);
		CustomerSegment segment = editor.getModel().getSegments().get(0);
		assertEquals("Transactional savers", segment.getName());
		TreeItem item = ExampleProject.findItem(editor.modelPage().viewer().getTree().getItems(), segment);
		assertNotNull(item, "the segment is shown in the tree");
		editor.modelPage().viewer().getCellModifier().modify(item, "name", "Mass market");
		ExampleProject.flush();
		assertEquals("Mass market", segment.getName());
		assertTrue(editor.isDirty());
		assertEquals("Customer Segment Mass market", item.getText(), "the tree shows the new name");

		CommandStack stack = editor.getEditingDomain().getCommandStack();
		stack.undo();
		ExampleProject.flush();
		assertEquals("Transactional savers", segment.getName());
		assertFalse(editor.isDirty());
		stack.redo();
		assertEquals("Mass market", segment.getName());

		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(file.getLocation().toPath()).contains("name=\"Mass market\""));
		// what the user sees on the Model page: the renamed segment in the tree, inside its visible area
		Widgets.showPage(editor, "Model");
		Widgets.assertPageShown(editor, "Model");
		assertTrue(Widgets.inView(item.getParent(), item.getBounds()), "the renamed segment is in view: " + item.getBounds());
		assertEquals("Customer Segment Mass market", item.getText());
		Screenshots.take(editor.getSite().getShell(), "editor-model-page");
		example.page().closeEditor(editor, false);

		GapModelEditor reopened = open(file);
		assertEquals("Mass market", reopened.getModel().getSegments().get(0).getName());
	}

	@Test
	void propertiesEditThroughTheCommandStack() throws Exception {
		GapModelEditor editor = open(example.model());
		ServiceStandard standard = editor.getModel().getServiceStandards().get(0);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		ItemPropertySource source = new ItemPropertySource(standard, factory);
		IPropertyDescriptor target = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Target")).findFirst().orElseThrow();
		assertEquals(10.0, source.getPropertyValue(target.getId()));
		Shell shell = editor.getSite().getShell();
		assertNotNull(target.createPropertyEditor(new org.eclipse.swt.widgets.Composite(shell, 0)), "a number gets a text editor");
		source.setPropertyValue(target.getId(), 12.0);
		assertEquals(12.0, standard.getTarget());
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(10.0, standard.getTarget());
		factory.dispose();
	}

	@Test
	void corruptFileOpensAnErrorPageAndIsNeverWritten() throws Exception {
		IFile file = example.project().getFile("broken.crmgap");
		byte[] content = "<?xml version=\"1.0\"?>\n<crmgap:GapModel xmlns:crmgap=\"http://www.crmgap.org/crmgap/1.0\" name=\"half".getBytes();
		file.create(new ByteArrayInputStream(content), true, null);
		GapModelEditor editor = open(file);
		assertNull(editor.getModel());
		assertFalse(editor.isDirty());
		editor.doSave(new NullProgressMonitor());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		assertArrayEquals(content, Files.readAllBytes(file.getLocation().toPath()));
		// the error page names the file, the place and the problem
		Control error = Widgets.assertPageShown(editor, "Error");
		List<String> shown = Widgets.visible(error, Text.class).stream().map(Text::getText).toList();
		assertTrue(shown.stream().anyMatch(t -> t.contains("broken.crmgap:2:") && t.contains("malformed XML")), shown.toString());
		Screenshots.take(editor.getSite().getShell(), "editor-error-page");
	}

	@Test
	void validationMarkersAppearForABrokenModelAndGoWhenFixed() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = open(file);
		assertEquals(0, markers(file, "crmgap.names.unique").length);
		assertTrue(markers(file, "crmgap.expectation.unaddressed").length > 0, "the example leaves some expectations open");
		CustomerSegment second = editor.getModel().getSegments().get(1);
		editor.modelPage().rename(second, editor.getModel().getSegments().get(0).getName());
		editor.doSave(new NullProgressMonitor());
		IMarker[] duplicate = markers(file, "crmgap.names.unique");
		assertEquals(1, duplicate.length);
		assertEquals(IMarker.SEVERITY_ERROR, duplicate[0].getAttribute(IMarker.SEVERITY, -1));
		// double-click in the Problems view: the editor selects the element
		editor.getAdapter(IGotoMarker.class).gotoMarker(duplicate[0]);
		assertEquals(second, editor.modelPage().viewer().getStructuredSelection().getFirstElement());
		editor.getEditingDomain().getCommandStack().undo();
		editor.doSave(new NullProgressMonitor());
		assertEquals(0, markers(file, "crmgap.names.unique").length);
	}

	@Test
	void quickFixCreatesAStandardForAnUnaddressedExpectation() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = open(file);
		IMarker[] open = markers(file, "crmgap.expectation.unaddressed");
		int before = open.length;
		assertTrue(before > 0);
		var fixes = org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(open[0]);
		assertEquals(1, fixes.length);
		assertEquals("Create a service standard for this expectation", fixes[0].getLabel());
		fixes[0].run(open[0]);
		assertTrue(editor.isDirty());
		editor.doSave(new NullProgressMonitor());
		assertEquals(before - 1, markers(file, "crmgap.expectation.unaddressed").length);
		editor.getEditingDomain().getCommandStack().undo();
		editor.doSave(new NullProgressMonitor());
		assertEquals(before, markers(file, "crmgap.expectation.unaddressed").length, "the fix is undoable");
	}

	@Test
	void quickFixesRenameADuplicateAndSwapThresholdLevels() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = open(file);
		var model = editor.getModel();
		var domain = editor.getEditingDomain();
		String taken = model.getSegments().get(0).getName();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, model.getSegments().get(1),
				org.crmgap.model.CrmGapPackage.Literals.NAMED_ELEMENT__NAME, taken));
		var threshold = org.crmgap.model.CrmGapFactory.eINSTANCE.createSeverityThreshold();
		threshold.setGapKind(org.crmgap.model.GapKind.DELIVERY);
		threshold.setWarningLevel(2.0);
		threshold.setErrorLevel(0.5);
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, model,
				org.crmgap.model.CrmGapPackage.Literals.GAP_MODEL__THRESHOLDS, threshold));
		editor.doSave(new NullProgressMonitor());

		IMarker[] duplicates = markers(file, "crmgap.names.unique");
		assertEquals(1, duplicates.length);
		var rename = org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(duplicates[0]);
		assertEquals("Rename to a name no sibling has", rename[0].getLabel());
		rename[0].run(duplicates[0]);
		assertEquals(taken + " (2)", model.getSegments().get(1).getName());

		IMarker[] order = markers(file, "crmgap.threshold.order");
		assertEquals(1, order.length);
		var swap = org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(order[0]);
		assertEquals("Swap the warning and error levels", swap[0].getLabel());
		swap[0].run(order[0]);
		assertEquals(0.5, threshold.getWarningLevel());
		assertEquals(2.0, threshold.getErrorLevel());
		editor.doSave(new NullProgressMonitor());
		assertEquals(0, markers(file, "crmgap.names.unique").length);
		assertEquals(0, markers(file, "crmgap.threshold.order").length);
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(2.0, threshold.getWarningLevel(), "the swap is undoable");
	}

	private static IMarker[] markers(IFile file, String rule) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> rule.equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).toArray(IMarker[]::new);
	}

	@Test
	void everyTopLevelConceptCanBeCreatedThroughNewChildAndUndone() throws Exception {
		GapModelEditor editor = open(example.model());
		var model = editor.getModel();
		int before = model.eContents().size();
		List<String> classesBefore = model.eContents().stream().map(e -> e.eClass().getName()).toList();
		List<org.eclipse.jface.action.Action> actions = editor.modelPage().menu().newChildActions(model);
		assertEquals(model.eClass().getEAllContainments().size(), actions.size(), "one New Child entry per concept");
		for (var action : actions) {
			assertTrue(action.isEnabled(), action.getText());
			action.run();
		}
		List<String> after = new java.util.ArrayList<>(model.eContents().stream().map(e -> e.eClass().getName()).toList());
		classesBefore.forEach(after::remove);
		Set<String> created = new HashSet<>(after);
		assertEquals(actions.size(), after.size(), "one new element per action: " + after);
		assertTrue(created.containsAll(Set.of("CustomerSegment", "OrganisationUnit", "ServiceStandard", "Communication", "Gap",
				"DataSource", "SurveyInstrument", "InteractionFlow", "ManagementPerception", "ServiceDimension", "Catalogue")), created.toString());
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		assertEquals(before, model.eContents().size());
		assertFalse(editor.isDirty());
	}

	@Test
	void indicatorsPageFillsFromTheDataAndFilters() throws Exception {
		GapModelEditor editor = open(example.model());
		editor.getAdapter(EditorAnalysis.class).analyse().join();
		ExampleProject.flush();
		var table = editor.page(IndicatorsPage.class).table();
		int all = table.getTable().getItemCount();
		assertTrue(all > 100, "rows: " + all);

		// the Charts tab as the user opens it: four charts, each scrolled into view and drawn with its data
		Control charts = Widgets.showPage(editor, "Charts");
		Widgets.assertPageShown(editor, "Charts");
		// drawn in a job of their own once the analysis is done
		Ui.waitFor("the charts", 60_000, () -> Widgets.visible(charts, Label.class, l -> l.getImage() != null).size() >= 4,
				() -> Widgets.visible(charts, Label.class, l -> l.getImage() != null).size() + " charts");
		List<Label> images = Widgets.visible(charts, Label.class, l -> l.getImage() != null);
		assertEquals(4, images.size(), "dimension gaps, zone of tolerance, importance-performance, readiness");
		for (int i = images.size() - 1; i >= 0; i--) {
			Label chart = images.get(i);
			assertTrue(chart.getImage().getBounds().width >= 700, "a chart, not an icon: " + chart.getImage().getBounds());
			Widgets.scrollIntoView(chart);
			// the axes, titles and grid are greys; only the data (bars, points, legend swatches of series) is coloured
			int chartNo = i + 1;
			Ui.waitFor("chart " + chartNo + " drawn with data on the screen", 10_000,
					() -> Screenshots.count(Screenshots.grab(chart), Screenshots::coloured) >= 100,
					() -> Screenshots.count(Screenshots.grab(chart), Screenshots::coloured) + " coloured pixels in "
							+ Widgets.onScreen(chart));
		}
		Screenshots.take(editor.getSite().getShell(), "editor-charts-page");

		Control indicators = Widgets.showPage(editor, "Indicators");
		Widgets.assertPageShown(editor, "Indicators");
		List<Table> tables = Widgets.visible(indicators, Table.class);
		assertEquals(1, tables.size());
		assertEquals(all, tables.get(0).getItemCount());
		Screenshots.take(editor.getSite().getShell(), "editor-indicators-page");

		Control tree = Widgets.showPage(editor, "Model");
		Widgets.assertPageShown(editor, "Model");
		List<Tree> trees = Widgets.visible(tree, Tree.class);
		assertEquals(1, trees.size());
		assertEquals("Gap Model Northbridge Bank", trees.get(0).getItem(0).getText());
		Screenshots.take(editor.getSite().getShell(), "editor-model-tree");
		table.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parent, Object element) {
				return ((org.crmgap.indicators.Indicator) element).kind() == org.crmgap.model.GapKind.DELIVERY;
			}
		});
		assertEquals(34, table.getTable().getItemCount(), "17 standards: compliance and mean shortfall each");
	}

	@Test
	void dataPageShowsSourcesStateAndFirstRows() throws Exception {
		GapModelEditor editor = open(example.model());
		var sources = editor.page(DataPage.class).sources().getTable();
		// survey and KPIs of two waves, the managers' survey, the readiness assessment
		assertEquals(6, sources.getItemCount());
		assertTrue(sources.getItem(0).getText(5).startsWith("found"), sources.getItem(0).getText(5));
		editor.page(DataPage.class).showPreview(editor.getModel().getDataSources().get(0));
		var preview = editor.page(DataPage.class).preview();
		assertEquals(20, preview.getItemCount());
		assertEquals("respondent", preview.getColumn(0).getText());
		assertEquals("C0001", preview.getItem(0).getText(0));
		Control data = Widgets.showPage(editor, "Data");
		Widgets.assertPageShown(editor, "Data");
		List<Table> tables = Widgets.visible(data, Table.class);
		assertEquals(List.of(6, 20), tables.stream().map(Table::getItemCount).toList(), "the sources, the first rows of the survey");
		Screenshots.take(editor.getSite().getShell(), "editor-data-page");
		example.project().getFolder("data").getFile("kpi.csv").delete(true, null);
		editor.page(DataPage.class).showPreview(editor.getModel().getDataSources().get(2));
		assertTrue(preview.getItem(0).getText(0).endsWith("kpi.csv: file does not exist"), preview.getItem(0).getText(0));
	}

	@Test
	void changeOnDiskReloadsAnUnmodifiedEditorButNotItsOwnSave() throws Exception {
		IFile file = example.model();
		GapModelEditor editor = open(file);
		editor.modelPage().rename(editor.getModel().getSegments().get(0), "Saved by the editor");
		editor.doSave(new NullProgressMonitor());
		ExampleProject.flush();
		assertTrue(example.page().getActiveEditor() == editor, "its own save does not reload the editor");
		String text = Files.readString(file.getLocation().toPath()).replace("Saved by the editor", "Changed outside");
		file.setContents(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
		ExampleProject.flush();
		GapModelEditor reloaded = (GapModelEditor) example.page().getActiveEditor();
		assertTrue(reloaded != editor, "a new editor on the changed file");
		assertEquals("Changed outside", reloaded.getModel().getSegments().get(0).getName());
	}

}
