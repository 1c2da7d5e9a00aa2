package org.crmgap.ui.compare;

import java.util.List;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.Labels;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.core.resources.IFile;
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
				: ModelDiff.between(Notations.orEmpty(before, after), Notations.orEmpty(after, before)).stream()
						.map(c -> row(c, beforeModel, afterModel)).toList();
	}

	/** Reads the notation files beside both model files; a notation file that cannot be read is a {@link ModelFileException}. */
	static LayoutChanges load(IFile older, IFile newer, GapModel before, GapModel after) throws ModelFileException {
		return new LayoutChanges(Notations.read(older), Notations.read(newer), before, after);
	}

	LayoutChanges swapped(GapModel beforeModel, GapModel afterModel) {
		return new LayoutChanges(after, before, beforeModel, afterModel);
	}

	List<Row> rows() {
		return rows;
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
