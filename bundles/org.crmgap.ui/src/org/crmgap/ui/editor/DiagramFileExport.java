package org.crmgap.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import org.crmgap.model.persistence.AtomicFiles;
import org.crmgap.report.DiagramFigures;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The diagram page's SVG/PNG export (the client draws it): the user picks the file, proposed beside the model and named
 * after the model and the diagram as the CLI names diagrams; written atomically, the folder refreshed.
 */
final class DiagramFileExport {

	private DiagramFileExport() {
	}

	/** {@code data}: the SVG text, or the PNG as base64. */
	static void export(Shell shell, IFile modelFile, String diagram, String format, String data) {
		Path model = modelFile.getLocation().toPath();
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export " + diagram + " as " + format.toUpperCase(Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + format });
		String name = DiagramFigures.fileName(model.getFileName().toString().replaceFirst("\\.crmgap$", "") + "-" + diagram);
		dialog.setFileName(name.replaceFirst("\\.svg$", "." + format));
		dialog.setFilterPath(model.getParent().toString());
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target == null) {
			return;
		}
		try {
			byte[] bytes = format.equals("png") ? Base64.getDecoder().decode(data) : data.getBytes(StandardCharsets.UTF_8);
			AtomicFiles.replace(Path.of(target), bytes);
			DiskChanges.refreshFolder(modelFile);
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, "Export failed", target + ": " + e.getMessage());
		}
	}
}
