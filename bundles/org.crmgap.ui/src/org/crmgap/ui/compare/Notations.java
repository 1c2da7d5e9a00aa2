package org.crmgap.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;

/** The diagrams' notation file of a model file, as the comparison and the merge read it: one beside the model, or none. */
final class Notations {

	private Notations() {
	}

	/** The notation file beside the model file, read; null when there is none. */
	static DiagramSet read(IFile model) throws ModelFileException {
		Path file = DiagramDocument.notationFile(model.getLocation().toPath());
		return Files.isRegularFile(file) ? ModelFiles.loadForComparison(file, DiagramSet.class) : null;
	}

	/** A version without a notation file has no diagrams: an empty set, its root matched with {@code other}'s (if any). */
	static DiagramSet orEmpty(DiagramSet set, DiagramSet other) {
		if (set != null) {
			return set;
		}
		DiagramSet empty = NotationFactory.eINSTANCE.createDiagramSet();
		CrmGapResource resource = new CrmGapResource(URI.createURI("absent." + DiagramDocument.NOTATION_EXTENSION));
		resource.getContents().add(empty);
		if (other != null) {
			resource.setID(empty, ((CrmGapResource) other.eResource()).getID(other));
		}
		return empty;
	}
}
