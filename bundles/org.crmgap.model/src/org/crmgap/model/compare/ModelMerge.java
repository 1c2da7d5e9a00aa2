package org.crmgap.model.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crmgap.model.compare.MergeConflict.Kind;
import org.crmgap.model.compare.Version.Place;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Three-way merge of two versions of a model from their common base, elements matched by their ids through EMF's
 * reflective API (no code per class). What only one side changed is taken from it; what both changed alike is taken
 * once: attributes, single and many references (a many reference as a set: what either side added, without what
 * either removed), and containment (elements added, removed, moved to another container; lists in the order of
 * {@link ListMerge}). A conflict keeps ours' side for what it is about and is listed:
 * <ul>
 * <li>the same feature of an element changed differently on both sides (or the element moved to different places, or a
 * single containment filled differently): ours' value;</li>
 * <li>an element deleted on one side while the other changed it or anything inside it: deleted if ours deleted it, kept
 * as ours has it (everything inside included) if theirs deleted it;</li>
 * <li>a reference to an element the other side deleted: the reference as ours has it, the element kept when ours
 * refers to it; a reference of an element only theirs has is left out.</li>
 * </ul>
 * The merged model never refers to an element it does not hold: every reference is either to one of its elements or,
 * as the sides had it, into another file. Where the user chose theirs' side of a conflict (the workbench's merge), the
 * merge takes it where it can: theirs' value, theirs' deletion (the references to what it deleted left out), an
 * element ours deleted restored as theirs has it, theirs' place of an element; {@link MergeResult} says which it took,
 * and why not the others.
 */
public final class ModelMerge {

	private final Sides sides;
	private final Version base;
	private final Version ours;
	private final Version theirs;
	private final MergeConflicts conflicts;
	/** Elements theirs deleted that ours refers to in what the merge keeps of ours: they stay. */
	private final Set<String> restored = new LinkedHashSet<>();
	/** Elements ours deleted that the merge restores as theirs has them, where the user took theirs' side. */
	private final Set<String> restoredTheirs = new LinkedHashSet<>();
	private final Map<Version, Map<String, String>> changesInside = new HashMap<>();

	private Set<String> members;
	/** Elements of ours that go with a deletion of theirs the user took. */
	private Set<String> dropped;

	private ModelMerge(EObject base, EObject ours, EObject theirs, Set<String> theirsChosen) {
		this.sides = new Sides(base, ours, theirs);
		this.base = sides.base;
		this.ours = sides.ours;
		this.theirs = sides.theirs;
		this.conflicts = new MergeConflicts(sides, Set.copyOf(theirsChosen));
	}

	/**
	 * Merges {@code ours} and {@code theirs}, two versions of {@code base}; the result is a new model in a new resource
	 * whose URI is ours' (so that references into other files are written as ours writes them). The versions are read,
	 * never changed.
	 *
	 * @throws IllegalArgumentException when the versions are not of one model (roots of different types, an id of one
	 *                                  type in one version and of another in the other)
	 */
	public static MergeResult merge(EObject base, EObject ours, EObject theirs) {
		return merge(base, ours, theirs, Set.of());
	}

	/** The same merge, taking theirs' side of the conflicts whose {@link MergeConflict#key()} is in {@code theirsChosen} where it can. */
	public static MergeResult merge(EObject base, EObject ours, EObject theirs, Set<String> theirsChosen) {
		return new ModelMerge(base, ours, theirs, theirsChosen).run();
	}

	/** Decides in rounds: a round that keeps or restores elements for references to them is followed by another. */
	private MergeResult run() {
		while (true) {
			conflicts.newRound();
			members = new LinkedHashSet<>();
			dropped = new HashSet<>();
			existence();
			Placement placement = new Placement(sides, conflicts, members, dropped);
			ValueMerge values = new ValueMerge(sides, conflicts, members, this::isDropped, restoredTheirs);
			Set<String> restore = new LinkedHashSet<>(values.restoreOurs);
			restore.removeAll(restored);
			Set<String> restoreTheirs = new LinkedHashSet<>(values.restoreTheirs);
			restoreTheirs.removeAll(restoredTheirs);
			if (restore.isEmpty() && restoreTheirs.isEmpty()) {
				restoredTheirs.stream().filter(id -> !members.contains(id)).forEach(id -> conflicts.oursOnly(Kind.DELETED_IN_OURS, id, null,
						"theirs' " + sides.label(id) + " cannot be restored: its place in theirs is not in the merge"));
				EObject merged = MergedModel.build(sides, conflicts, members, placement, values.values);
				return new MergeResult(merged, conflicts.inModelOrder(), conflicts.taken(), conflicts.oursOnly());
			}
			restored.addAll(restore);
			restoredTheirs.addAll(restoreTheirs);
		}
	}

	// ---- which elements the merged model holds

	private void existence() {
		members.add(Version.ROOT);
		keepOurs(Version.ROOT, Mode.CHECK);
		for (String id : theirs.ids()) {
			if (ours.has(id)) {
				continue;
			}
			if (!base.has(id)) {
				members.add(id);
				continue;
			}
			// deleted in ours: a conflict where theirs changed it (reported once, at the outermost deleted element)
			String parent = theirs.place(id).parent();
			boolean outermost = !(base.has(parent) && !ours.has(parent));
			String change = outermost ? changeInside(theirs, id) : null;
			if (change != null) {
				boolean take = conflicts.chosen(Kind.DELETED_IN_OURS, id, null);
				conflicts.addLasting(Kind.DELETED_IN_OURS, id, null, null, "deleted", change, take ? "theirs taken: restored as theirs has it"
						: "ours kept: it stays deleted, without theirs' changes inside it");
				if (take) {
					conflicts.taken(Kind.DELETED_IN_OURS, id, null);
					restoredTheirs.add(id);
				}
			}
		}
		// an element kept for ours' references to it is kept with the elements it is in
		for (String id : restored) {
			for (Place place = ours.place(id); place != null; place = ours.place(place.parent())) {
				members.add(place.parent());
			}
		}
		// one restored from theirs with everything theirs has in it, and the elements it is in there
		for (String id : restoredTheirs) {
			members.add(id);
			for (Place place = theirs.place(id); place != null && !members.contains(place.parent()); place = theirs.place(place.parent())) {
				members.add(place.parent());
			}
		}
		for (String id : theirs.ids()) {
			if (!members.contains(id) && !ours.has(id) && insideRestored(id)) {
				members.add(id);
			}
		}
	}

	private boolean insideRestored(String id) {
		for (Place place = theirs.place(id); place != null; place = theirs.place(place.parent())) {
			if (restoredTheirs.contains(place.parent())) {
				return true;
			}
		}
		return false;
	}

	/** How {@link #keepOurs} treats the elements theirs deleted. */
	private enum Mode {
		/** Kept where ours changed them (a conflict). */
		CHECK,
		/** Kept: inside an element kept. */
		KEEP,
		/** Gone: inside a deletion of theirs the user took (what theirs has elsewhere stays). */
		DROP
	}

	/** Ours' elements below {@code id}: all that theirs did not delete, and those it deleted as {@code mode} says. */
	private void keepOurs(String id, Mode mode) {
		for (EStructuralFeature feature : Features.of(ours.get(id).eClass())) {
			if (!Features.containment(feature)) {
				continue;
			}
			for (String child : ours.targets(id, feature)) {
				sides.typeOf(child);
				keepOurs(child, decide(child, mode));
			}
		}
	}

	/** Decides one element of ours; returns the mode for the elements inside it. */
	private Mode decide(String child, Mode mode) {
		if (mode == Mode.DROP) {
			if (theirs.has(child)) {
				members.add(child);
			} else {
				dropped.add(child);
			}
			return Mode.DROP;
		}
		boolean deleted = base.has(child) && !theirs.has(child);
		if (!deleted) {
			members.add(child);
			return Mode.CHECK;
		}
		if (mode == Mode.KEEP || restored.contains(child)) {
			members.add(child);
			return Mode.KEEP;
		}
		String change = changeInside(ours, child);
		if (change == null) {
			return Mode.CHECK;
		}
		boolean take = conflicts.chosen(Kind.DELETED_IN_THEIRS, child, null);
		conflicts.add(Kind.DELETED_IN_THEIRS, child, null, null, change, "deleted", take ? "theirs taken: deleted, and the references to it"
				: "ours kept: it stays, as ours has it (with everything inside it)");
		if (take) {
			conflicts.taken(Kind.DELETED_IN_THEIRS, child, null);
			dropped.add(child);
			return Mode.DROP;
		}
		members.add(child);
		return Mode.KEEP;
	}

	/** Whether ours' element goes with a deletion of theirs the user took (not held, and it or an element it is in dropped). */
	private boolean isDropped(String id) {
		if (members.contains(id)) {
			return false;
		}
		for (String at = id; at != null && ours.has(at); at = ours.place(at) == null ? null : ours.place(at).parent()) {
			if (dropped.contains(at)) {
				return true;
			}
		}
		return false;
	}

	/** What {@code side} changed in the element or anything inside it since the base (which has it), or null. */
	private String changeInside(Version side, String id) {
		Map<String, String> memo = changesInside.computeIfAbsent(side, s -> new HashMap<>());
		if (memo.containsKey(id)) {
			return memo.get(id);
		}
		String change = null;
		if (!Objects.equals(side.place(id), base.place(id))) {
			change = side.label(id) + " moved";
		}
		for (EStructuralFeature feature : Features.of(side.get(id).eClass())) {
			if (change != null) {
				break;
			}
			if (!Objects.equals(side.value(id, feature), base.value(id, feature))) {
				change = side.label(id) + " " + feature.getName() + " changed";
			}
			if (Features.containment(feature)) {
				for (String child : side.targets(id, feature)) {
					change = change != null ? change : base.has(child) ? changeInside(side, child) : side.label(child) + " added";
				}
			}
		}
		memo.put(id, change);
		return change;
	}
}
