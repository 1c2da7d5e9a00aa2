package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.crmgap.model.compare.MergeConflict.Kind;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One round's values of the merged elements: each attribute's side, each reference's targets. A reference never leads
 * to an element the merge does not hold: the element is kept (ours' reference to what theirs deleted), restored from
 * theirs (theirs' reference taken where ours deleted its target), or the reference left out (to what theirs deleted
 * when the user took that deletion; theirs' reference to what ours deleted).
 */
final class ValueMerge {

	private final Sides sides;
	private final Version base;
	private final Version ours;
	private final Version theirs;
	private final MergeConflicts conflicts;
	private final Set<String> members;
	/** Elements of ours gone with a deletion of theirs the user took: references to them are left out. */
	private final Predicate<String> dropped;
	/** Elements ours deleted that earlier rounds restored from theirs. */
	private final Set<String> restoredTheirs;
	/** Elements theirs deleted that the merge keeps: theirs' removals of references to them are undone. */
	private final Set<String> keptDeletions = new HashSet<>();
	/** Elements theirs deleted that ours' kept references need. */
	final Set<String> restoreOurs = new LinkedHashSet<>();
	/** Elements ours deleted that theirs' references, where the user took them, need. */
	final Set<String> restoreTheirs = new LinkedHashSet<>();
	/** Per element: each attribute's side to copy from, each reference's target ids. */
	final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();

	ValueMerge(Sides sides, MergeConflicts conflicts, Set<String> members, Predicate<String> dropped, Set<String> restoredTheirs) {
		this.sides = sides;
		this.base = sides.base;
		this.ours = sides.ours;
		this.theirs = sides.theirs;
		this.conflicts = conflicts;
		this.members = members;
		this.dropped = dropped;
		this.restoredTheirs = restoredTheirs;
		for (String id : members) {
			if (base.has(id) && !theirs.has(id)) {
				keptDeletions.add(id);
			}
		}
		for (String id : members) {
			Map<EStructuralFeature, Object> chosen = new HashMap<>();
			values.put(id, chosen);
			for (EStructuralFeature feature : Features.of(sides.typeOf(id))) {
				if (feature instanceof EAttribute) {
					chosen.put(feature, attribute(id, feature));
				} else if (!Features.containment(feature)) {
					chosen.put(feature, reference(id, feature));
				}
			}
		}
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
			boolean take = conflicts.chosen(Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName());
			conflicts.add(Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName(), (String) was, (String) mine, (String) yours,
					take ? "theirs taken" : "ours kept");
			if (take) {
				conflicts.taken(Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName());
				return theirs;
			}
		}
		return ours;
	}

	private List<String> reference(String id, EStructuralFeature feature) {
		String name = feature.getName();
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
					List<String> taken = conflicts.chosen(Kind.CHANGED_ON_BOTH_SIDES, id, name) ? theirsSide(Kind.CHANGED_ON_BOTH_SIDES, id, name, yours)
							: null;
					conflict(false, Kind.CHANGED_ON_BOTH_SIDES, id, name, was, mine, yours, taken != null ? "theirs taken" : "ours kept");
					if (taken != null) {
						conflicts.taken(Kind.CHANGED_ON_BOTH_SIDES, id, name);
						return taken;
					}
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
					() -> conflicts.addOursOnly(Kind.CHANGED_ON_BOTH_SIDES, id, name + " (order)", sides.targets(was), sides.targets(mine),
							sides.targets(yours), ListMerge.OURS_ONLY));
		}
		return held(id, feature, merged, mine, was, yours);
	}

	/** The merged targets, or where one is not held, the conflict and what the merge refers to instead. */
	private List<String> held(String id, EStructuralFeature feature, List<String> merged, List<String> mine, List<String> was,
			List<String> yours) {
		String name = feature.getName();
		merged = withoutDropped(merged);
		List<String> dangling = merged.stream().filter(t -> !held(t)).toList();
		if (dangling.isEmpty()) {
			return merged;
		}
		boolean take = conflicts.chosen(Kind.REFERENCE_TO_DELETED, id, name);
		List<String> taken = take && yours != null ? theirsSide(Kind.REFERENCE_TO_DELETED, id, name, withoutDropped(yours)) : null;
		for (String target : dangling) {
			String label = sides.label(target);
			if (ours.has(target)) {
				// ours refers to an element theirs deleted: it stays, unless theirs' reference is taken
				if (taken == null) {
					restoreOurs.add(target);
				}
				conflict(true, Kind.REFERENCE_TO_DELETED, id, name, was, mine, yours,
						taken != null ? "theirs taken: " + label + " not kept for it" : "ours kept: " + label + " stays, which theirs deleted");
			} else {
				conflict(taken != null, Kind.REFERENCE_TO_DELETED, id, name, was, mine, yours, taken != null
						? "theirs taken: " + label + " restored as theirs has it" : (mine != null ? "ours kept: " : "left out: ") + label + " is gone in ours");
			}
		}
		if (taken != null) {
			conflicts.taken(Kind.REFERENCE_TO_DELETED, id, name);
			return taken;
		}
		if (take && yours == null) {
			conflicts.oursOnly(Kind.REFERENCE_TO_DELETED, id, name,
					"theirs deleted " + sides.label(id) + " itself: take theirs on that deletion instead");
		}
		if (mine != null) {
			List<String> kept = withoutDropped(mine);
			kept.stream().filter(t -> !held(t)).forEach(restoreOurs::add);
			return kept;
		}
		return merged.stream().filter(t -> !dangling.contains(t)).toList();
	}

	private boolean held(String target) {
		return target.startsWith(Version.EXTERNAL) || members.contains(target);
	}

	private List<String> withoutDropped(List<String> targets) {
		return targets.stream().anyMatch(dropped) ? targets.stream().filter(dropped.negate()).toList() : targets;
	}

	/**
	 * Theirs' targets where the merge holds them or can restore them from theirs (elements ours deleted, restored in the
	 * next round); null, with the reason, when an element restored in an earlier round did not find its place.
	 */
	private List<String> theirsSide(Kind kind, String id, String feature, List<String> yours) {
		for (String target : yours) {
			if (held(target)) {
				continue;
			}
			if (restoredTheirs.contains(target) || !theirs.has(target)) {
				conflicts.oursOnly(kind, id, feature, "theirs' " + sides.label(target) + " cannot be restored: its place in theirs is not in the merge");
				return null;
			}
			restoreTheirs.add(target);
		}
		return yours;
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
