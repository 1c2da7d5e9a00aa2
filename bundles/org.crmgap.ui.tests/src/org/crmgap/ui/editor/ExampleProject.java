package org.crmgap.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.examples.Examples;
import org.crmgap.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the workbench tests share: a fresh project with the retail-bank example for each test (registered with
 * {@code @RegisterExtension}: made before the test's own {@code @BeforeEach}, and after its {@code @AfterEach} the
 * editors closed without saving and the project deleted), event flushing, tree lookup.
 */
public final class ExampleProject implements BeforeEachCallback, AfterEachCallback {

	private final String name;
	private final boolean data;
	private IProject project;
	private IWorkbenchPage page;

	private ExampleProject(String name, boolean data) {
		this.name = name;
		this.data = data;
	}

	/** The example with its data folder in a project {@code name}, new for each test. */
	public static ExampleProject withData(String name) {
		return new ExampleProject(name, true);
	}

	/** The example's model file alone in a project {@code name}, new for each test. */
	public static ExampleProject modelOnly(String name) {
		return new ExampleProject(name, false);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = create(name, data);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	public IProject project() {
		return project;
	}

	public IWorkbenchPage page() {
		return page;
	}

	/** The project's retail-bank.crmgap. */
	public IFile model() {
		return project.getFile("retail-bank.crmgap");
	}

	/** The model opened in the gap model editor. */
	public GapModelEditor open() throws PartInitException {
		return (GapModelEditor) IDE.openEditor(page, model(), GapModelEditor.ID);
	}

	/** A new project {@code name} holding retail-bank.crmgap and, with {@code data}, its data folder. */
	public static IProject create(String name, boolean data) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path model = Examples.file(Examples.RETAIL_BANK);
		copy(model, project.getFile("retail-bank.crmgap"));
		if (data) {
			project.getFolder("data").create(true, true, null);
			try (var files = Files.list(model.resolveSibling("data"))) {
				for (Path f : files.toList()) {
					copy(f, project.getFile("data/" + f.getFileName()));
				}
			}
		}
		return project;
	}

	public static void copy(Path from, IFile to) throws Exception {
		to.create(new ByteArrayInputStream(Files.readAllBytes(from)), true, null);
	}

	/** Runs the pending UI events (async refreshes, dirty-state updates). */
	public static void flush() {
		Ui.flush();
	}

	/** The tree item showing {@code data}, expanding items on the way (they create their children lazily). */
	public static TreeItem findItem(TreeItem[] items, Object data) {
		for (TreeItem item : items) {
			if (item.getData() == data) {
				return item;
			}
			item.setExpanded(true);
			TreeItem found = findItem(item.getItems(), data);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
