package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crmgap.model.compare.MergeConflict.Kind;
import org.crmgap.model.compare.Version.Place;
import org.eclipse.emf.ecore.EAttribute;
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
 * as the sides had it, into another file.
 */
public final class ModelMerge {

	private final Sides sides;
	private final Version base;
	private final Version ours;
	private final Version theirs;
	private final MergeConflicts conflicts;
	/** Elements theirs deleted that ours refers to in what the merge keeps of ours: they stay. */
	private final Set<String> restored = new LinkedHashSet<>();
	private final Map<Version, Map<String, String>> changesInside = new HashMap<>();

	private Set<String> members;
	/** Elements theirs deleted that the merge keeps: theirs' removals of references to them are undone. */
	private Set<String> keptDeletions;
	/** Per element: each attribute's side to copy from, each reference's target ids. */
	private final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();

	private ModelMerge(EObject base, EObject ours, EObject theirs) {
		this.sides = new Sides(base, ours, theirs);
		this.base = sides.base;
		this.ours = sides.ours;
		this.theirs = sides.theirs;
		this.conflicts = new MergeConflicts(sides);
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
		return new ModelMerge(base, ours, theirs).run();
	}

	/** Decides in rounds: a round that keeps elements theirs deleted (for ours' references to them) is followed by another. */
	private MergeResult run() {
		while (true) {
			conflicts.newRound();
			values.clear();
			members = new LinkedHashSet<>();
			existence();
			Placement placement = new Placement(sides, conflicts, members);
			Set<String> restore = values();
			restore.removeAll(restored);
			if (restore.isEmpty()) {
				EObject merged = MergedModel.build(sides, conflicts, members, placement, values);
				return new MergeResult(merged, conflicts.inModelOrder());
			}
			restored.addAll(restore);
		}
	}

	// ---- which elements the merged model holds

	private void existence() {
		members.add(Version.ROOT);
		keepOurs(Version.ROOT, false);
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
				conflicts.addLasting(Kind.DELETED_IN_OURS, id, null, null, "deleted", change,
						"ours kept: it stays deleted, without theirs' changes inside it");
			}
		}
		// an element kept for ours' references to it is kept with the elements it is in
		for (String id : restored) {
			for (Place place = ours.place(id); place != null; place = ours.place(place.parent())) {
				members.add(place.parent());
			}
		}
	}

	/** Ours' elements below {@code id}: all that theirs did not delete, and those it deleted where ours changed them. */
	private void keepOurs(String id, boolean inKeptDeletion) {
		for (EStructuralFeature feature : Features.of(ours.get(id).eClass())) {
			if (!Features.containment(feature)) {
				continue;
			}
			for (String child : ours.targets(id, feature)) {
				sides.typeOf(child);
				boolean deleted = base.has(child) && !theirs.has(child);
				boolean keep = false;
				if (!deleted) {
					members.add(child);
				} else if (inKeptDeletion || restored.contains(child)) {
					members.add(child);
					keep = true;
				} else {
					String change = changeInside(ours, child);
					if (change != null) {
						conflicts.add(Kind.DELETED_IN_THEIRS, child, null, null, change, "deleted",
								"ours kept: it stays, as ours has it (with everything inside it)");
						members.add(child);
						keep = true;
					}
				}
				keepOurs(child, keep);
			}
		}
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

	// ---- the values of each element

	/** Decides every value; returns the elements theirs deleted that ours' kept references need. */
	private Set<String> values() {
		keptDeletions = new HashSet<>();
		for (String id : members) {
			if (base.has(id) && !theirs.has(id)) {
				keptDeletions.add(id);
			}
		}
		Set<String> restore = new LinkedHashSet<>();
		for (String id : members) {
			Map<EStructuralFeature, Object> chosen = new HashMap<>();
			values.put(id, chosen);
			for (EStructuralFeature feature : Features.of(sides.typeOf(id))) {
				if (feature instanceof EAttribute) {
					chosen.put(feature, attribute(id, feature));
				} else if (!Features.containment(feature)) {
					chosen.put(feature, reference(id, feature, restore));
				}
			}
		}
		return restore;
	}

	private Version attribute(String id, EStructuralFeature feature) {
		if (!ours.has(id) || !theirs.has(id)) {
			return ours.has(id) ? ours : theirs;
		}
		Object mine = ours.value(id, feature);
		Object yours = theirs.value(id, feature);
		if (Objects.equals(mine, yours)) {
			return ours;
		}
		Object was = base.has(id) ? base.value(id, feature) : null;
		if (base.has(id) && Objects.equals(mine, was)) {
			return theirs;
		}
		if (!base.has(id) || !Objects.equals(yours, was)) {
			conflicts.add(Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName(), (String) was, (String) mine, (String) yours, "ours kept");
		}
		return ours;
	}

	private List<String> reference(String id, EStructuralFeature feature, Set<String> restore) {
		List<String> mine = ours.has(id) ? ours.targets(id, feature) : null;
		List<String> was = base.has(id) ? base.targets(id, feature) : null;
		List<String> yours = theirs.has(id) ? undeleted(theirs.targets(id, feature), was) : null;
		List<String> merged;
		if (mine == null || yours == null) {
			merged = mine == null ? yours : mine;
		} else if (!feature.isMany()) {
			merged = mine;
			if (!mine.equals(yours)) {
				if (was != null && mine.equals(was)) {
					merged = yours;
				} else if (was == null || !yours.equals(was)) {
					conflict(false, Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName(), was, mine, yours, "ours kept");
				}
			}
		} else {
			Set<String> result = new LinkedHashSet<>();
			if (was != null) {
				was.stream().filter(t -> mine.contains(t) && yours.contains(t)).forEach(result::add);
			}
			mine.stream().filter(t -> was == null || !was.contains(t)).forEach(result::add);
			yours.stream().filter(t -> was == null || !was.contains(t)).forEach(result::add);
			merged = ListMerge.order(was == null ? List.of() : was, mine, yours, result,
					() -> conflict(false, Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName() + " (order)", was, mine, yours, "ours kept"));
		}
		List<String> dangling = merged.stream().filter(t -> !t.startsWith(Version.EXTERNAL) && !members.contains(t)).toList();
		if (dangling.isEmpty()) {
			return merged;
		}
		for (String target : dangling) {
			if (ours.has(target)) {
				// the merge took ours' reference to an element theirs deleted: it stays
				restore.add(target);
				conflict(true, Kind.REFERENCE_TO_DELETED, id, feature.getName(), was, mine, yours,
						"ours kept: " + sides.label(target) + " stays, which theirs deleted");
			} else {
				conflict(false, Kind.REFERENCE_TO_DELETED, id, feature.getName(), was, mine, yours,
						(mine != null ? "ours kept: " : "left out: ") + sides.label(target) + " is gone in ours");
			}
		}
		if (mine != null) {
			mine.stream().filter(t -> !t.startsWith(Version.EXTERNAL) && !members.contains(t)).forEach(restore::add);
			return mine;
		}
		return merged.stream().filter(t -> !dangling.contains(t)).toList();
	}

	private void conflict(boolean lasting, Kind kind, String id, String feature, List<String> was, List<String> mine,
			List<String> yours, String resolution) {
		if (lasting) {
			conflicts.addLasting(kind, id, feature, sides.targets(was), sides.targets(mine), sides.targets(yours), resolution);
		} else {
			conflicts.add(kind, id, feature, sides.targets(was), sides.targets(mine), sides.targets(yours), resolution);
		}
	}

	/**
	 * Theirs' value without the removals its deletions made, where the merge keeps the deleted element: theirs' value
	 * with each such target of the base back after the base's element before it.
	 */
	private List<String> undeleted(List<String> yours, List<String> was) {
		if (was == null || was.stream().noneMatch(t -> keptDeletions.contains(t) && !yours.contains(t))) {
			return yours;
		}
		Map<String, List<String>> after = new HashMap<>();
		String anchor = null;
		for (String target : was) {
			if (keptDeletions.contains(target) && !yours.contains(target)) {
				after.computeIfAbsent(anchor, a -> new ArrayList<>()).add(target);
			} else if (yours.contains(target)) {
				anchor = target;
			}
		}
		List<String> back = new ArrayList<>(after.getOrDefault(null, List.of()));
		for (String target : yours) {
			back.add(target);
			back.addAll(after.getOrDefault(target, List.of()));
		}
		return back;
	}
}
