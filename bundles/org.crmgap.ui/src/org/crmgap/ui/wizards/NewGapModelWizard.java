package org.crmgap.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.crmgap.examples.Examples;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.editor.GapModelEditor;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File › New › Gap Model: a model in a workspace folder, copied from a template with fresh element ids;
 * the retail-bank example brings its data files. The new model opens in the gap model editor.
 */
public class NewGapModelWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private final TemplatePage templatePage = new TemplatePage();
	private IFile created;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Gap Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection);
		filePage.setTitle("Gap model");
		filePage.setDescription("Where the new .crmgap file goes.");
		filePage.setFileName("gaps.crmgap");
		filePage.setFileExtension("crmgap");
		addPage(filePage);
		addPage(templatePage);
	}

	@Override
	public boolean performFinish() {
		IContainer folder = (IContainer) org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.findMember(filePage.getContainerFullPath());
		if (folder == null) {
			filePage.setErrorMessage("The folder " + filePage.getContainerFullPath() + " does not exist");
			return false;
		}
		IFile file = folder.getFile(new org.eclipse.core.runtime.Path(filePage.getFileName()));
		try {
			create(templatePage.template(), file);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, GapModelEditor.ID);
			created = file;
			return true;
		} catch (IOException | CoreException e) {
			ILog.of(getClass()).error("Could not create " + file, e);
			MessageDialog.openError(getShell(), "New Gap Model", "Could not create " + file.getFullPath() + ": " + e.getMessage());
			return false;
		}
	}

	/** Copies the template into {@code file}: new ids for every element, the data folder beside it where it has one. */
	static void create(Template template, IFile file) throws IOException, CoreException {
		Path source = Examples.file(template.entry);
		Path target = file.getLocation().toPath();
		if (Files.exists(target)) {
			throw new IOException(target + " already exists");
		}
		GapModel copy = EcoreUtil.copy(ModelFiles.load(source));
		if (template == Template.EMPTY) {
			copy.setName(file.getFullPath().removeFileExtension().lastSegment());
		}
		ModelFiles.save(copy, target);
		if (template.withData) {
			Path data = target.resolveSibling("data");
			Files.createDirectories(data);
			try (var files = Files.list(source.resolveSibling("data"))) {
				for (Path f : files.toList()) {
					Files.copy(f, data.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		file.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	/** The file the last finish created (for tests and callers). */
	public IFile created() {
		return created;
	}

	TemplatePage templatePage() {
		return templatePage;
	}
}
