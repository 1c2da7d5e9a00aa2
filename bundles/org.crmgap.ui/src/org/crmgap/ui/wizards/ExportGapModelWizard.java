package org.crmgap.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.AtomicFiles;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.ModelExport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File › Export › Gap Model: the selected (or open) model as XMI, JSON, indicators CSV or HTML report. The
 * export reads the saved file, runs with progress off the UI thread, and writes its file atomically.
 */
public class ExportGapModelWizard extends Wizard implements IExportWizard {

	private IFile source;
	private ExportPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("Export Gap Model");
		setNeedsProgressMonitor(true);
		if (selection != null && selection.getFirstElement() instanceof IFile file && "crmgap".equals(file.getFileExtension())) {
			source = file;
		} else {
			IEditorPart editor = workbench.getActiveWorkbenchWindow() == null ? null
					: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			source = editor == null ? null : editor.getAdapter(IFile.class);
		}
	}

	@Override
	public void addPages() {
		if (source == null) {
			addPage(new org.eclipse.jface.wizard.WizardPage("none", "Export Gap Model", null) {
				@Override
				public void createControl(org.eclipse.swt.widgets.Composite parent) {
					setErrorMessage("Select a .crmgap file in the Project Explorer (or open one) first.");
					setControl(new org.eclipse.swt.widgets.Composite(parent, 0));
					setPageComplete(false);
				}
			});
			return;
		}
		Path file = source.getLocation().toPath();
		page = new ExportPage(file.getParent(), source.getFullPath().removeFileExtension().lastSegment());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path modelFile = source.getLocation().toPath();
		ModelExport format = page.format();
		Path target = page.target();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting " + source.getName() + " as " + format.label, 1);
				try {
					GapModel model = ModelFiles.load(modelFile);
					AtomicFiles.replace(target, format.export(model, modelFile));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
			source.getParent().refreshLocal(1, null);
			return true;
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error("Export of " + modelFile + " failed", e.getCause());
			MessageDialog.openError(getShell(), "Export Gap Model", "Could not export: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException | org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}

	ExportPage page() {
		return page;
	}
}
