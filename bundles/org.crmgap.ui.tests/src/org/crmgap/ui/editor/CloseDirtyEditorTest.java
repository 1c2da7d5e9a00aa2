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
import org.crmgap.ui.testing.Dialogs;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Closing an editor with unsaved changes asks; Cancel keeps it open and dirty, Don't Save leaves the file as it was. */
class CloseDirtyEditorTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.modelOnly("close-bank");

	private IFile file;

	@BeforeEach
	void open() throws Exception {
		file = example.model();
	}

	/** Presses the button labelled {@code label} in the next dialog that has one, and records the dialog's title. */
	private static void answerNextDialog(String label, List<String> titles) {
		boolean[] recorded = new boolean[1];
		Dialogs.answer("with '" + label + "'", shell -> Dialogs.find(shell, label).isPresent(), shell -> {
			if (!recorded[0]) {
				recorded[0] = true;
				titles.add(shell.getText());
			}
			Dialogs.press(shell, label);
		}, titles);
	}

	@Test
	void closingADirtyEditorAsks() throws Exception {
		Path onDisk = file.getLocation().toPath();
		byte[] before = Files.readAllBytes(onDisk);
		GapModelEditor editor = (GapModelEditor) IDE.openEditor(example.page(), file, GapModelEditor.ID);
		var domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, editor.getModel().getSegments().get(0),
				CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Not to be saved"));
		assertTrue(editor.isDirty());
		assertTrue(editor.isSaveOnCloseNeeded());

		List<String> titles = new ArrayList<>();
		answerNextDialog("Cancel", titles);
		assertFalse(example.page().closeEditor(editor, true), "Cancel keeps the editor");
		assertFalse(titles.stream().anyMatch(t -> t.startsWith("no dialog")), titles.toString());
		assertEquals(1, titles.size(), "a dialog asked");
		assertNotNull(example.page().findEditor(editor.getEditorInput()));
		assertTrue(editor.isDirty());

		answerNextDialog("Don't Save", titles);
		assertTrue(example.page().closeEditor(editor, true));
		assertFalse(titles.stream().anyMatch(t -> t.startsWith("no dialog")), titles.toString());
		assertEquals(2, titles.size());
		assertArrayEquals(before, Files.readAllBytes(onDisk), "the file is as it was");
	}
}
