package org.crmgap.ui.editor;

import java.nio.file.Path;

import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.AtomicFiles;
import org.crmgap.report.ModelExport;
import org.crmgap.ui.passwords.WorkbenchPasswords;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/** Open report: writes the HTML report beside the model in a job (it analyses the data), then opens it. */
final class ReportWriter {

	/** The report's analysis: the domain reference's thresholds, as the command line's report. */
	private static final AnalysisOptions REPORT = AnalysisOptions.DEFAULT;

	private final GapModel model;
	private final IFile file;
	private final Shell shell;
	private Path written;

	ReportWriter(GapModel model, IFile file, Shell shell) {
		this.model = model;
		this.file = file;
		this.shell = shell;
	}

	/** Writes the report of the model as it is now; {@code show} opens it with the desktop's program for HTML. */
	void write(boolean show) {
		Path source = file.getLocation().toPath();
		Path target = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.crmgap$", "") + "-report.html");
		GapModel snapshot = ModelSnapshot.of(model);
		Job.create("Writing the report of " + model.getName(), (IProgressMonitor monitor) -> {
			try {
				AtomicFiles.replace(target, ModelExport.HTML.export(snapshot, source, REPORT.withPasswords(WorkbenchPasswords.session())));
				shell.getDisplay().asyncExec(() -> opened(target, show));
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Could not write " + target + ": " + e.getMessage(), e);
			}
		}).schedule();
	}

	private void opened(Path target, boolean show) {
		DiskChanges.refreshFolder(file);
		written = target;
		if (show && !shell.isDisposed() && !Program.launch(target.toString())) {
			MessageDialog.openInformation(shell, "Report written", "The report is " + target + " (no program here opens HTML files).");
		}
	}

	/** The last report written (null before). */
	Path written() {
		return written;
	}
}
