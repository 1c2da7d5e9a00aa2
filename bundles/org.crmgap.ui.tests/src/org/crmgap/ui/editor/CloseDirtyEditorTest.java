package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing an editor with unsaved changes asks; Cancel keeps it open and dirty, Don't Save leaves the file as it was. */
class CloseDirtyEditorTest {

	private IProject project;
	private IWorkbenchPage page;
	private IFile file;

	@BeforeEach
	void open() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ExampleProject.create("close-bank", false);
		file = project.getFile("retail-bank.crmgap");
	}

	@AfterEach
	void close() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	/**
	 * Presses the button labelled {@code label} in the next dialog that opens, and records the dialog's title. It
	 * presses again until that dialog is gone (a press delivered while a loaded machine is still building the
	 * dialog can be lost), and after 30 s closes any dialog so that a missing one fails the test instead of
	 * hanging the suite.
	 */
	private static void answerNextDialog(String label, List<String> titles) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 30_000_000_000L;
		Shell[] answered = new Shell[1];
		Ui.repeat(display, 50, () -> {
			if (answered[0] != null && answered[0].isDisposed()) {
				return true;
			}
			if (System.nanoTime() > deadline) {
				titles.add("no dialog with '" + label + "' was answered in 30 s");
				for (Shell shell : display.getShells()) {
					if (shell.getParent() != null) {
						shell.close();
					}
				}
				return true;
			}
			for (Shell shell : display.getShells()) {
				Button button = shell.isVisible() ? find(shell, label) : null;
				if (button != null) {
					if (answered[0] != shell) {
						answered[0] = shell;
						titles.add(shell.getText());
					}
					button.notifyListeners(SWT.Selection, new Event());
					return false;
				}
			}
			return false;
		});
	}

	private static Button find(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText().replace("&", ""))) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = find(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void closingADirtyEditorAsks() throws Exception {
		Path onDisk = file.getLocation().toPath();
		byte[] before = Files.readAllBytes(onDisk);
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(page, file, GapModelEditor.ID);
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, editor.getModel().getSegments().get(0),
				CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Not to be saved"));
		assertTrue(editor.isDirty());
		assertTrue(editor.isSaveOnCloseNeeded());

		List<String> titles = new ArrayList<>();
		answerNextDialog("Cancel", titles);
		assertFalse(page.closeEditor(editor, true), "Cancel keeps the editor");
		assertFalse(titles.stream().anyMatch(t -> t.startsWith("no dialog")), titles.toString());
		assertEquals(1, titles.size(), "a dialog asked");
		assertNotNull(page.findEditor(editor.getEditorInput()));
		assertTrue(editor.isDirty());

		answerNextDialog("Don't Save", titles);
		assertTrue(page.closeEditor(editor, true));
		assertFalse(titles.stream().anyMatch(t -> t.startsWith("no dialog")), titles.toString());
		assertEquals(2, titles.size());
		assertArrayEquals(before, Files.readAllBytes(onDisk), "the file is as it was");
	}
}
