package org.crmgap.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.diagram.notation.Route;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.Labels;
import org.crmgap.model.compare.LayoutChange;
import org.crmgap.model.compare.LayoutDiff;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * The notation files of two versions of a model compared, as the comparison editor, the merge and {@code crmgap diff}
 * read them: the one beside each model file ({@link DiagramDocument#notationFile}), or none, which has no diagrams. A
 * shape is named by the model element it draws and its diagram. The command line's {@link LayoutDiff} service.
 */
public class NotationChanges implements LayoutDiff {

	@Override
	public List<LayoutChange> between(Path olderModel, Path newerModel, GapModel before, GapModel after) throws ModelFileException {
		return between(read(olderModel), read(newerModel), before, after);
	}

	/** The notation file beside the model file, read; null when there is none. */
	public static DiagramSet read(Path modelFile) throws ModelFileException {
		Path file = DiagramDocument.notationFile(modelFile);
		return Files.isRegularFile(file) ? ModelFiles.loadForComparison(file, DiagramSet.class) : null;
	}

	/** A version without a notation file has no diagrams: an empty set, its root matched with {@code other}'s (if any). */
	public static DiagramSet orEmpty(DiagramSet set, DiagramSet other) {
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

	/** The changes from {@code before}'s notation to {@code after}'s (either may be null: none); the models name the shapes. */
	public static List<LayoutChange> between(DiagramSet before, DiagramSet after, GapModel beforeModel, GapModel afterModel) {
		return before == null && after == null ? List.of()
				: ModelDiff.between(orEmpty(before, after), orEmpty(after, before)).stream()
						// routes follow their shapes: a reader is told where the shapes went, not how the edges bend
						.filter(c -> !(find(after, c.id()) instanceof Route || find(before, c.id()) instanceof Route))
						.map(c -> named(c, before, after, beforeModel, afterModel)).toList();
	}

	private static LayoutChange named(ModelChange change, DiagramSet before, DiagramSet after, GapModel beforeModel,
			GapModel afterModel) {
		EObject element = find(after, change.id());
		if (element == null) {
			element = find(before, change.id());
		}
		if (!(element instanceof Shape shape)) {
			return new LayoutChange(change, null);
		}
		EObject drawn = find(afterModel, shape.getElement());
		if (drawn == null) {
			drawn = find(beforeModel, shape.getElement());
		}
		String label = "Shape of " + (drawn == null ? shape.getElement() : Labels.of(drawn))
				+ (shape.eContainer() instanceof Diagram diagram ? " in " + Labels.of(diagram) : "");
		return new LayoutChange(new ModelChange(change.kind(), change.id(), label, change.feature(), change.before(), change.after()),
				shape.getElement());
	}

	private static EObject find(EObject root, String id) {
		return root == null || id == null ? null : root.eResource().getEObject(id);
	}
}
