package org.crmgap.ui.compare;

import java.util.List;

import org.crmgap.diagram.NotationChanges;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.LayoutChange;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.core.resources.IFile;

/**
 * The changes of the diagrams' layout between two versions, as {@code crmgap diff} lists them ({@link NotationChanges}):
 * a shape is named by the model element it draws and its diagram. Keeps both notation files for Swap Sides.
 */
final class LayoutChanges {

	private final DiagramSet before;
	private final DiagramSet after;
	private final List<LayoutChange> rows;

	private LayoutChanges(DiagramSet before, DiagramSet after, GapModel beforeModel, GapModel afterModel) {
		this.before = before;
		this.after = after;
		this.rows = NotationChanges.between(before, after, beforeModel, afterModel);
	}

	/** Reads the notation files beside both model files; a notation file that cannot be read is a {@link ModelFileException}. */
	static LayoutChanges load(IFile older, IFile newer, GapModel before, GapModel after) throws ModelFileException {
		return new LayoutChanges(NotationChanges.read(older.getLocation().toPath()), NotationChanges.read(newer.getLocation().toPath()),
				before, after);
	}

	LayoutChanges swapped(GapModel beforeModel, GapModel afterModel) {
		return new LayoutChanges(after, before, beforeModel, afterModel);
	}

	List<LayoutChange> rows() {
		return rows;
	}
}
