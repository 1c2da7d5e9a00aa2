package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An analysis still running when its editor closes ends quietly: what it would deliver would go to a display that may
 * be gone with the workbench ("Device is disposed", logged as an internal error of the job).
 */
class AnalysisAfterCloseTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("closing-bank");

	@Test
	void anAnalysisRunningWhenTheEditorClosesDeliversNothingAndEndsCancelled() throws Exception {
		Path file = example.model().getLocation().toFile().toPath();
		GapModel model = ModelFiles.load(file);
		List<Runnable> delivered = new CopyOnWriteArrayList<>();
		boolean[] closed = {false};
		// as the editor's display::asyncExec once the workbench has closed
		Executor display = work -> {
			if (closed[0]) {
				SWT.error(SWT.ERROR_DEVICE_DISPOSED);
			}
			delivered.add(work);
		};
		EditorAnalysis analysis = new EditorAnalysis(model, file, new BasicCommandStack(), display);
		Job job = analysis.analyse();
		long until = System.currentTimeMillis() + 30_000;
		while (job.getState() != Job.RUNNING && System.currentTimeMillis() < until) {
			Thread.onSpinWait();
		}
		assertEquals(Job.RUNNING, job.getState(), "the analysis never ran");
		analysis.dispose();
		closed[0] = true;
		job.join();
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		assertEquals(List.of(), delivered);
	}

}
