package org.crmgap.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.Labels;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * The changes of the diagrams' layout between two versions: their notation files beside the model files (a version
 * without one has no diagrams), compared by the same {@link ModelDiff} as the models. A shape is named by the model
 * element it draws and its diagram ("Shape of Gap 'Reliability' in Diagram 'DIE overview'").
 */
final class LayoutChanges {

	/** One change; {@code element} is the model element's id where the change is about a shape of one, else null. */
	record Row(ModelChange change, String element) {
	}

	private final DiagramSet before;
	private final DiagramSet after;
	private final List<Row> rows;

	private LayoutChanges(DiagramSet before, DiagramSet after, GapModel beforeModel, GapModel afterModel) {
		this.before = before;
		this.after = after;
		this.rows = before == null && after == null ? List.of()
				: ModelDiff.between(orEmpty(before, after), orEmpty(after, before)).stream().map(c -> row(c, beforeModel, afterModel)).toList();
	}

	/** Reads the notation files beside both model files; a notation file that cannot be read is a {@link ModelFileException}. */
	static LayoutChanges load(IFile older, IFile newer, GapModel before, GapModel after) throws ModelFileException {
		return new LayoutChanges(notation(older), notation(newer), before, after);
	}

	LayoutChanges swapped(GapModel beforeModel, GapModel afterModel) {
		return new LayoutChanges(after, before, beforeModel, afterModel);
	}

	List<Row> rows() {
		return rows;
	}

	private static DiagramSet notation(IFile model) throws ModelFileException {
		Path file = DiagramDocument.notationFile(model.getLocation().toPath());
		return Files.isRegularFile(file) ? ModelFiles.loadForComparison(file, DiagramSet.class) : null;
	}

	/** A version without a notation file: no diagrams, its root matched with the other's. */
	private static DiagramSet orEmpty(DiagramSet set, DiagramSet other) {
		if (set != null) {
			return set;
		}
		DiagramSet empty = NotationFactory.eINSTANCE.createDiagramSet();
		CrmGapResource resource = new CrmGapResource(URI.createURI("absent." + DiagramDocument.NOTATION_EXTENSION));
		resource.getContents().add(empty);
		resource.setID(empty, ((CrmGapResource) other.eResource()).getID(other));
		return empty;
	}

	private Row row(ModelChange change, GapModel beforeModel, GapModel afterModel) {
		EObject element = find(after, change.id());
		if (element == null) {
			element = find(before, change.id());
		}
		if (!(element instanceof Shape shape)) {
			return new Row(change, null);
		}
		EObject drawn = Comparison.find(afterModel, shape.getElement());
		if (drawn == null) {
			drawn = Comparison.find(beforeModel, shape.getElement());
		}
		String label = "Shape of " + (drawn == null ? shape.getElement() : Labels.of(drawn))
				+ (shape.eContainer() instanceof Diagram diagram ? " in " + Labels.of(diagram) : "");
		return new Row(new ModelChange(change.kind(), change.id(), label, change.feature(), change.before(), change.after()), shape.getElement());
	}

	private static EObject find(DiagramSet set, String id) {
		return set == null || id == null ? null : set.eResource().getEObject(id);
	}
}
