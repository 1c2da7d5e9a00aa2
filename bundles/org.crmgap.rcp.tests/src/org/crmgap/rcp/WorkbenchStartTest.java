package org.crmgap.rcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crmgap.examples.Examples;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The real workbench under Xvfb: the Gap Modelling perspective with its views, filled from the example model opened
 * the way {@code ./crmgap studio WORKSPACE MODEL} opens it. Each view is checked by what its widgets show.
 */
class WorkbenchStartTest {

	private static final List<String> GAP_INDICATOR_COLUMNS = List.of("Kind", "Gap", "Indicator", "Value", "n", "Severity");

	@TempDir
	Path dir;

	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private IProject project;
	private Path model;
	private IEditorPart editor;

	/** The Gap Modelling perspective with a copy of the example opened as `./crmgap studio WORKSPACE MODEL` opens it. */
	@BeforeEach
	void openTheExample() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(GapModellingPerspective.ID));
		assertEquals("Gap Modelling", page.getPerspective().getLabel());
		model = copyExample(dir.resolve("northbridge"));
		System.setProperty(StartupModel.OPEN, model.toString());
		try {
			StartupModel.open(window);
		} finally {
			System.clearProperty(StartupModel.OPEN);
		}
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("northbridge");
		editor = page.getActiveEditor();
		assertEquals("retail-bank.crmgap", editor == null ? null : editor.getTitle(), "the model opens in an editor");
	}

	@AfterEach
	void close() throws Exception {
		page.closeAllEditors(false);
		if (project.exists()) {
			project.delete(false, true, null); // the files are the temporary copy, removed with it
		}
	}

	@Test
	void workbenchRunsOnTheUiThread() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		assertEquals(Display.getDefault().getThread(), Thread.currentThread());
	}

	@Test
	void theProjectExplorerListsTheModelsFolder() {
		Tree projects = ((CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getTree();
		Ui.waitFor("the project in the Project Explorer", 10_000,
				() -> projects.isVisible() && texts(projects.getItems(), 0).contains("northbridge"),
				() -> "visible " + projects.isVisible() + ", " + texts(projects.getItems(), 0));
	}

	@Test
	void theGapIndicatorsViewListsTheExamplesGaps() throws Exception {
		page.showView("org.crmgap.ui.views.gapIndicators");
		page.activate(editor);
		List<Table> tables = Widgets.visible(window.getShell(), Table.class,
				t -> Arrays.stream(t.getColumns()).map(TableColumn::getText).toList().equals(GAP_INDICATOR_COLUMNS));
		assertEquals(1, tables.size(), "one Gap Indicators table on the screen");
		Table indicators = tables.get(0);
		List<String> gaps = gapNames(model);
		assertEquals(17, gaps.size(), "the example's gaps, read from the file");
		// one row per gap, named as in the file, from the editor's first analysis
		Ui.waitFor("the example's gaps in the Gap Indicators view", 60_000, () -> indicators.getItemCount() == gaps.size(),
				() -> indicators.getItemCount() + " rows");
		assertEquals(gaps, texts(indicators.getItems(), 1));
		assertTrue(texts(indicators.getItems(), 5).stream().allMatch(s -> !s.isEmpty()), "each gap has a severity");
		Screenshots.take(window.getShell(), "workbench-perspective");
	}

	@Test
	void theOutlineShowsTheModelRoot() throws Exception {
		PageBookView outline = (PageBookView) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		Ui.flush();
		Control shown = outline.getCurrentPage().getControl();
		assertTrue(shown instanceof Tree tree && tree.isVisible() && tree.getItemCount() == 2,
				"the Outline shows one tree with the model and the diagrams at its root: " + shown);
		assertEquals("Gap Model Northbridge Bank", ((Tree) shown).getItem(0).getText());
		assertEquals("Diagrams", ((Tree) shown).getItem(1).getText());
	}

	@Test
	void thePropertiesViewShowsTheSelectedElement() throws Exception {
		PageBookView properties = (PageBookView) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(((GapModelEditor) editor).getModel()));
		Ui.waitFor("the model's name in the Properties view", 10_000,
				() -> propertyRows(properties).contains("Name = Northbridge Bank"), () -> propertyRows(properties).toString());
	}

	@Test
	void theProblemsViewShowsTheExamplesWarnings() throws Exception {
		// the example leaves some expectations without a standard: the validation's warnings on the file (the
		// workspace adds its own warning for a project without an explicit encoding, so the group alone says nothing)
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.waitFor("the example's warnings in the Problems view", 30_000,
				() -> problemRows().stream().anyMatch(r -> r.startsWith("Expectation '") && r.endsWith("' is addressed by no service standard")),
				() -> problemRows().toString());
	}

	/** The rows of the Properties view as "property = value". */
	private static List<String> propertyRows(PageBookView view) {
		List<String> rows = new ArrayList<>();
		for (Tree tree : Widgets.visible(view.getCurrentPage().getControl(), Tree.class)) {
			for (TreeItem item : tree.getItems()) {
				rows.add(item.getText(0) + " = " + item.getText(1));
				for (TreeItem child : item.getItems()) {
					rows.add(child.getText(0) + " = " + child.getText(1));
				}
			}
		}
		return rows;
	}

	/** The descriptions in the Problems view (found on the screen by its Description column), its groups expanded. */
	private static List<String> problemRows() {
		List<String> rows = new ArrayList<>();
		for (Tree tree : Widgets.visible(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Tree.class,
				t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("Description")))) {
			for (TreeItem group : tree.getItems()) {
				rows.add(group.getText(0));
				Widgets.expand(group);
				rows.addAll(texts(group.getItems(), 0));
			}
		}
		return rows;
	}

	private static List<String> texts(Widget[] items, int column) {
		return Arrays.stream(items).map(i -> i instanceof TreeItem t ? t.getText(column) : ((org.eclipse.swt.widgets.TableItem) i).getText(column))
				.toList();
	}

	/** The example with its data, copied into {@code folder}; returns the model file. */
	private static Path copyExample(Path folder) throws Exception {
		Path source = Examples.file(Examples.RETAIL_BANK).getParent();
		try (var files = Files.walk(source)) {
			for (Path from : files.toList()) {
				Path to = folder.resolve(source.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				} else {
					Files.copy(from, to);
				}
			}
		}
		return folder.resolve("retail-bank.crmgap");
	}

	/** The names of the model's gaps, read from the XMI with a plain XML parser (not through the model code). */
	private static List<String> gapNames(Path model) throws Exception {
		NodeList gaps = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(model.toFile()).getDocumentElement()
				.getElementsByTagName("gaps");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < gaps.getLength(); i++) {
			names.add(((Element) gaps.item(i)).getAttribute("name"));
		}
		return names;
	}
}
