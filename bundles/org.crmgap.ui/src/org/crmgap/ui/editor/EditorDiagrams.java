package org.crmgap.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramServer;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;

/**
 * The editor's diagrams: one {@link DiagramDocument} on the editor's editing domain (diagram edits are on its command
 * stack), made when the first diagram page opens, and following the editor's analysis for the gap colours.
 */
final class EditorDiagrams {

	private final EditingDomain domain;
	private final GapModel model;
	private final Path file;
	private final EditorAnalysis analysis;
	private final Display display;
	private DiagramDocument document;
	private ModelFileException unreadable;
	private List<Object> unreadableStamp;

	EditorDiagrams(EditingDomain domain, GapModel model, Path file, EditorAnalysis analysis, Display display) {
		this.domain = domain;
		this.model = model;
		this.file = file;
		this.analysis = analysis;
		this.display = display;
	}

	/**
	 * Starts, off the UI thread and after other work, what the diagram server needs that the product does not start
	 * ({@link DiagramServer#prepare()}), so the first diagram page does not wait for it.
	 */
	static void prepareServer() {
		Job job = Job.createSystem("Preparing the diagram server", (ICoreRunnable) monitor -> DiagramServer.prepare());
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	/**
	 * The document, made on first use (it reads the notation file beside the model). A file that cannot be read is read
	 * again only once it changed: until then its problem is thrown again (the Outline asks for each label it shows).
	 */
	DiagramDocument document() throws ModelFileException {
		if (document == null) {
			Path notation = DiagramDocument.notationFile(file);
			List<Object> stamp = stamp(notation);
			if (unreadable != null && stamp.equals(unreadableStamp)) {
				throw unreadable;
			}
			try {
				// the diagram server works on the model from its own threads: each access runs on the UI thread
				document = DiagramDocument.of(domain, model, file, work -> {
					if (Display.getCurrent() == display) {
						work.run();
					} else {
						display.syncExec(work);
					}
				});
			} catch (ModelFileException e) {
				unreadable = e;
				unreadableStamp = stamp;
				throw e;
			}
			unreadable = null;
			analysis.addListener(document);
		}
		return document;
	}

	/** What tells a change of the file: its time and size (none when it is absent or cannot be looked at). */
	private static List<Object> stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return List.of(attributes.lastModifiedTime(), attributes.size());
		} catch (IOException e) {
			return List.of();
		}
	}

	/** Writes the notation, with the model's save: positions are part of the edit. */
	void save() throws IOException {
		if (document != null) {
			document.saveNotation();
		}
	}

	void dispose() {
		if (document != null) {
			analysis.removeListener(document);
		}
	}
}
