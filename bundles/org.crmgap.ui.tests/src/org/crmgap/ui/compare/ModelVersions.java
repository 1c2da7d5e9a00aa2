package org.crmgap.ui.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ISetSelectionTarget;

/** Versions of the example made through EMF commands, and the Project Explorer's context menu on model files. */
final class ModelVersions {

	private ModelVersions() {
	}

	/** A copy of {@code from} named {@code name} beside it, changed by the command {@code edits} makes. */
	static IFile changed(IFile from, String name, BiFunction<EditingDomain, GapModel, Command> edits) throws Exception {
		ComposedAdapterFactory adapters = EditingDomains.adapterFactory();
		try {
			AdapterFactoryEditingDomain domain = EditingDomains.create(adapters, ModelFiles.newResourceSet());
			GapModel model = ModelFiles.load(domain.getResourceSet(), from.getLocation().toPath(), GapModel.class);
			Command command = edits.apply(domain, model);
			assertTrue(command.canExecute());
			domain.getCommandStack().execute(command);
			IFile copy = from.getParent().getFile(new org.eclipse.core.runtime.Path(name));
			ModelFiles.save(model, copy.getLocation().toPath());
			copy.refreshLocal(IResource.DEPTH_ZERO, null);
			return copy;
		} finally {
			adapters.dispose();
		}
	}

	/** The organisation unit of this name, wherever it is in the model. */
	static OrganisationUnit unit(GapModel model, String name) {
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof OrganisationUnit unit && name.equals(unit.getName())) {
				return unit;
			}
		}
		throw new AssertionError("no unit " + name);
	}

	/** Selects the files in the Project Explorer and chooses the entry at {@code path} of its context menu. */
	static void runFromTheMenu(IWorkbenchPage page, List<IFile> files, String... path) throws Exception {
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		TreeViewer viewer = (TreeViewer) explorer.getSite().getSelectionProvider();
		StructuredSelection all = new StructuredSelection(files);
		Ui.waitFor("the files selected in the Project Explorer", 20_000, () -> {
			((ISetSelectionTarget) explorer).selectReveal(all);
			return viewer.getStructuredSelection().toList().equals(files);
		}, () -> viewer.getStructuredSelection().toList().toString());
		page.activate(explorer);
		Menu context = viewer.getTree().getMenu();
		context.notifyListeners(SWT.Show, new Event());
		Menu menu = context;
		MenuItem entry = null;
		for (String text : path) {
			if (entry != null) {
				menu = entry.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
			}
			entry = item(menu, text);
		}
		assertTrue(entry.isEnabled());
		entry.notifyListeners(SWT.Selection, new Event());
		context.notifyListeners(SWT.Hide, new Event());
		Ui.flush();
	}

	private static MenuItem item(Menu menu, String text) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + text + "' in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}
}
