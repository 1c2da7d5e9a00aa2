package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.model.GapModel;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A notation file that cannot be read is read once while it stays as it is, and again once it changed. */
class EditorDiagramsTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.modelOnly("editor-diagrams");

	@Test
	void anUnreadableNotationFileIsReadAgainOnlyAfterItChanged() throws Exception {
		Path file = example.model().getLocation().toPath();
		Path notation = DiagramDocument.notationFile(file);
		Files.writeString(notation, "<notation:Document this is not XML");
		EditingDomain domain = EditingDomains.create(EditingDomains.adapterFactory(), ModelFiles.newResourceSet());
		GapModel model = ModelFiles.load(domain.getResourceSet(), file, GapModel.class);
		EditorAnalysis analysis = new EditorAnalysis(model, file, domain.getCommandStack(), Runnable::run);
		EditorDiagrams diagrams = new EditorDiagrams(domain, model, file, analysis, Display.getCurrent());
		int resources = domain.getResourceSet().getResources().size();

		ModelFileException first = assertThrows(ModelFileException.class, diagrams::document);
		assertTrue(first.getMessage().contains("retail-bank.crmgapnotation"), first.getMessage());
		// the same problem, not a new parse: the Outline asks for each label it shows
		assertSame(first, assertThrows(ModelFileException.class, diagrams::document), "not read again while unchanged");
		assertEquals(resources, domain.getResourceSet().getResources().size(), "no resource left behind by the failed read");

		Files.writeString(notation, "<notation:Document still not XML, and longer");
		ModelFileException second = assertThrows(ModelFileException.class, diagrams::document);
		assertNotSame(first, second, "read again once the file changed");

		Files.delete(notation);
		assertNotNull(diagrams.document(), "and read once it is gone: no diagrams yet");
		assertEquals(0, diagrams.document().diagrams().getDiagrams().size());
		diagrams.dispose();
	}
}
