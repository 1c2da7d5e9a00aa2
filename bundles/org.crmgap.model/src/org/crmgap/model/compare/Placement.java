package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmgap.model.compare.MergeConflict.Kind;
import org.crmgap.model.compare.Version.Place;

/**
 * Where each element of a merge is: where one side moved it, or where both agree; where they moved it to different
 * places, where ours has it (a conflict). An element the other side's place cannot hold (an element the merge does not
 * hold, a single containment ours filled, an element moved into what the other side moved into it) goes where ours has
 * it, or, when only theirs has it, is left out; an element ours has in an element theirs deleted keeps that element.
 */
final class Placement {

	private static final String CONTAINER = "container";

	private final Sides sides;
	private final Version base;
	private final Version ours;
	private final Version theirs;
	private final MergeConflicts conflicts;
	private final Set<String> members;
	private final Set<String> dropped;
	private final Map<String, Place> places = new HashMap<>();

	/**
	 * Decides the places of {@code members}, which it changes: elements left out, elements kept for what they hold. An
	 * element in a {@code dropped} one (gone with a deletion of theirs the user took) goes where theirs has it, or is
	 * dropped too.
	 */
	Placement(Sides sides, MergeConflicts conflicts, Set<String> members, Set<String> dropped) {
		this.sides = sides;
		this.base = sides.base;
		this.ours = sides.ours;
		this.theirs = sides.theirs;
		this.conflicts = conflicts;
		this.members = members;
		this.dropped = dropped;
		for (String id : members) {
			if (!Version.ROOT.equals(id)) {
				places.put(id, place(id));
			}
		}
		decide();
		places.forEach((id, place) -> {
			if (conflicts.chosen(Kind.CHANGED_ON_BOTH_SIDES, id, CONTAINER) && !place.equals(theirs.place(id))) {
				conflicts.oursOnly(Kind.CHANGED_ON_BOTH_SIDES, id, CONTAINER, "theirs' place of " + sides.label(id) + " is not in the merge");
			}
		});
	}

	/** The elements in each containment: by container id, then the feature's name. */
	Map<String, Map<String, Set<String>>> children() {
		Map<String, Map<String, Set<String>>> children = new HashMap<>();
		for (String id : members) {
			Place place = places.get(id);
			if (place != null) {
				children.computeIfAbsent(place.parent(), p -> new HashMap<>()).computeIfAbsent(place.feature(), f -> new LinkedHashSet<>())
						.add(id);
			}
		}
		return children;
	}

	private void decide() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String id : new ArrayList<>(members)) {
				Place place = places.get(id);
				if (place == null || members.contains(place.parent())) {
					continue;
				}
				changed = true;
				Place yours = theirs.has(id) ? theirs.place(id) : null;
				if (dropped.contains(place.parent())) {
					if (yours != null && !yours.equals(place) && members.contains(yours.parent())) {
						places.put(id, yours);
					} else {
						members.remove(id);
						places.remove(id);
						dropped.add(id);
					}
				} else if (!ours.has(id)) {
					// only theirs has it, in an element the merge does not hold
					members.remove(id);
					places.remove(id);
				} else if (!place.equals(ours.place(id))) {
					places.put(id, ours.place(id));
				} else {
					// ours has it in an element theirs deleted: the element stays
					members.add(place.parent());
					places.put(place.parent(), place(place.parent()));
				}
			}
			changed = changed || singleContainments() || cycles();
		}
	}

	private Place place(String id) {
		Place mine = ours.has(id) ? ours.place(id) : null;
		Place yours = theirs.has(id) ? theirs.place(id) : null;
		if (mine == null || yours == null || mine.equals(yours)) {
			return mine == null ? yours : mine;
		}
		Place was = base.has(id) ? base.place(id) : null;
		if (mine.equals(was)) {
			return yours;
		}
		if (!yours.equals(was)) {
			boolean take = conflicts.chosen(Kind.CHANGED_ON_BOTH_SIDES, id, CONTAINER);
			conflicts.add(Kind.CHANGED_ON_BOTH_SIDES, id, CONTAINER, sides.where(was), sides.where(mine), sides.where(yours),
					take ? "theirs taken" : "ours kept");
			if (take) {
				conflicts.taken(Kind.CHANGED_ON_BOTH_SIDES, id, CONTAINER);
				return yours;
			}
		}
		return mine;
	}

	/** A single containment filled by both sides with different elements keeps ours'. */
	private boolean singleContainments() {
		Map<Place, List<String>> bySlot = new LinkedHashMap<>();
		places.forEach((id, place) -> {
			if (!sides.typeOf(place.parent()).getEStructuralFeature(place.feature()).isMany()) {
				bySlot.computeIfAbsent(place, p -> new ArrayList<>()).add(id);
			}
		});
		boolean changed = false;
		for (Map.Entry<Place, List<String>> slot : bySlot.entrySet()) {
			List<String> held = slot.getValue();
			if (held.size() < 2) {
				continue;
			}
			held.sort(null);
			Place place = slot.getKey();
			String kept = held.stream().filter(id -> ours.has(id) && place.equals(ours.place(id))).findFirst().orElse(held.get(0));
			for (String id : held) {
				if (id.equals(kept)) {
					continue;
				}
				conflicts.addOursOnly(Kind.CHANGED_ON_BOTH_SIDES, place.parent(), place.feature(), null, sides.label(kept), sides.label(id),
						"it holds one element: theirs' would replace ours' and everything in it");
				if (ours.has(id)) {
					places.put(id, ours.place(id));
				} else {
					members.remove(id);
					places.remove(id);
				}
				changed = true;
			}
		}
		return changed;
	}

	/** Elements moved into each other by the two sides go back where ours has them. */
	private boolean cycles() {
		for (String id : members) {
			Set<String> path = new LinkedHashSet<>();
			String at = id;
			while (!Version.ROOT.equals(at) && path.add(at)) {
				at = places.get(at).parent();
			}
			if (Version.ROOT.equals(at)) {
				continue;
			}
			List<String> cycle = new ArrayList<>();
			String start = at;
			do {
				cycle.add(at);
				at = places.get(at).parent();
			} while (!at.equals(start));
			for (String element : cycle) {
				conflicts.addOursOnly(Kind.CHANGED_ON_BOTH_SIDES, element, CONTAINER, where(base, element), where(ours, element),
						where(theirs, element), "theirs moved it into what ours moved into it");
				if (!ours.has(element)) {
					members.remove(element);
					places.remove(element);
				} else {
					places.put(element, ours.place(element));
				}
			}
			return true;
		}
		return false;
	}

	private String where(Version side, String id) {
		return side.has(id) ? sides.where(side.place(id)) : null;
	}
}
