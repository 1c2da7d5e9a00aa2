package org.crmgap.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.examples.Examples;
import org.crmgap.ui.testing.Ui;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.TreeItem;

/** What the workbench tests share: a fresh project with the retail-bank example, event flushing, tree lookup. */
public final class ExampleProject {

	private ExampleProject() {
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

	public static void copy(Path from, org.eclipse.core.resources.IFile to) throws Exception {
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
