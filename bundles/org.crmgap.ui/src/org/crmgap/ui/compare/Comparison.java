package org.crmgap.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.GapModel;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;

/**
 * Two versions of a model read from their files, each in a resource set of its own, and the changes from the older
 * to the newer grouped by element: one group per element, in the order {@link ModelDiff} finds them (the newer
 * version's model order, then what was removed in the older one's); and apart, the changes of the diagrams' layout.
 */
public final class Comparison {

	/** One element's changes; {@code element} is the element in the newer version, or in the older where it was removed. */
	public record Group(String id, EObject element, List<ModelChange> changes) {
	}

	private final IFile older;
	private final IFile newer;
	private final GapModel before;
	private final GapModel after;
	private final List<Group> groups = new ArrayList<>();
	private final LayoutChanges layout;

	private Comparison(IFile older, IFile newer, GapModel before, GapModel after, LayoutChanges layout) {
		this.older = older;
		this.newer = newer;
		this.before = before;
		this.after = after;
		this.layout = layout;
		Map<String, List<ModelChange>> byElement = new LinkedHashMap<>();
		for (ModelChange change : ModelDiff.between(before, after)) {
			byElement.computeIfAbsent(change.id(), id -> new ArrayList<>()).add(change);
		}
		byElement.forEach((id, changes) -> {
			EObject element = find(after, id);
			groups.add(new Group(id, element != null ? element : find(before, id), List.copyOf(changes)));
		});
	}

	/** Reads both files and their notation files; a file that cannot be read is a {@link ModelFileException} naming it. */
	public static Comparison load(IFile older, IFile newer) throws ModelFileException {
		GapModel before = ModelFiles.loadForComparison(older.getLocation().toPath());
		GapModel after = ModelFiles.loadForComparison(newer.getLocation().toPath());
		return new Comparison(older, newer, before, after, LayoutChanges.load(older, newer, before, after));
	}

	/** The same two versions the other way round: the newer as the older. */
	public Comparison swapped() {
		return new Comparison(newer, older, after, before, layout.swapped(after, before));
	}

	/** The element with this id in one version's model, or null when that version has none. */
	public static EObject find(GapModel version, String id) {
		return id == null ? null : version.eResource().getEObject(id);
	}

	public IFile older() {
		return older;
	}

	public IFile newer() {
		return newer;
	}

	public GapModel before() {
		return before;
	}

	public GapModel after() {
		return after;
	}

	public List<Group> groups() {
		return groups;
	}

	/** The changes of the diagrams' layout (empty when neither version has a notation file). */
	LayoutChanges layout() {
		return layout;
	}

	/** How many changes, over all groups. */
	public int size() {
		return groups.stream().mapToInt(g -> g.changes().size()).sum();
	}
}
