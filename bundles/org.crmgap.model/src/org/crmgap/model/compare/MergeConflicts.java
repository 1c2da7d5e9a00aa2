package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmgap.model.compare.MergeConflict.Kind;

/**
 * The conflicts a merge finds, each once; a merge decides in rounds, and only some conflicts outlast a round. Also the
 * user's choices: the conflicts (by {@link MergeConflict#key()}) whose theirs' side is wanted, which of them the merge
 * took, and why it could not take the others.
 */
final class MergeConflicts {

	private final Sides sides;
	private final Set<String> chosen;
	private final Set<String> taken = new HashSet<>();
	private final Map<String, String> oursOnly = new HashMap<>();
	/** Conflicts that keep an element theirs deleted: they stay though the next round's values agree. */
	private final Map<String, MergeConflict> lasting = new LinkedHashMap<>();
	/** This round's conflicts. */
	private final Map<String, MergeConflict> found = new LinkedHashMap<>();

	MergeConflicts(Sides sides, Set<String> chosen) {
		this.sides = sides;
		this.chosen = chosen;
	}

	/** Whether the user wants theirs' side of this conflict. */
	boolean chosen(Kind kind, String id, String feature) {
		return chosen.contains(MergeConflict.key(kind, sides.xmiId(id), feature));
	}

	/** Theirs' side of the conflict is in the merged model. */
	void taken(Kind kind, String id, String feature) {
		taken.add(MergeConflict.key(kind, sides.xmiId(id), feature));
	}

	/** Only ours' side of the conflict can be kept, for this reason (one line); it outweighs any round's taking. */
	void oursOnly(Kind kind, String id, String feature, String why) {
		oursOnly.putIfAbsent(MergeConflict.key(kind, sides.xmiId(id), feature), why);
	}

	/** A conflict of a kind whose theirs' side is never taken, and why. */
	void addOursOnly(Kind kind, String id, String feature, String was, String mine, String yours, String why) {
		add(kind, id, feature, was, mine, yours, "ours kept");
		oursOnly(kind, id, feature, why);
	}

	Set<String> taken() {
		Set<String> result = new HashSet<>(taken);
		result.removeAll(oursOnly.keySet());
		return result;
	}

	Map<String, String> oursOnly() {
		return oursOnly;
	}

	void newRound() {
		found.clear();
	}

	void add(Kind kind, String id, String feature, String was, String mine, String yours, String resolution) {
		add(found, kind, id, feature, was, mine, yours, resolution);
	}

	/** A conflict that stays, whatever the later rounds decide. */
	void addLasting(Kind kind, String id, String feature, String was, String mine, String yours, String resolution) {
		add(lasting, kind, id, feature, was, mine, yours, resolution);
	}

	private void add(Map<String, MergeConflict> into, Kind kind, String id, String feature, String was, String mine, String yours,
			String resolution) {
		String key = kind + " " + id + " " + feature + " " + resolution;
		into.putIfAbsent(key, new MergeConflict(kind, sides.xmiId(id), sides.label(id), feature, was, mine, yours, resolution));
	}

	/** Every conflict, in the order of their elements in ours, then theirs, then the base. */
	List<MergeConflict> inModelOrder() {
		Map<String, Integer> order = new HashMap<>();
		for (Version version : List.of(sides.ours, sides.theirs, sides.base)) {
			version.ids().forEach(id -> order.putIfAbsent(sides.xmiId(id), order.size()));
		}
		List<MergeConflict> all = new ArrayList<>(lasting.values());
		found.forEach((key, conflict) -> {
			if (!lasting.containsKey(key)) {
				all.add(conflict);
			}
		});
		all.sort(Comparator.comparingInt(c -> order.getOrDefault(c.id(), Integer.MAX_VALUE)));
		return all;
	}
}
