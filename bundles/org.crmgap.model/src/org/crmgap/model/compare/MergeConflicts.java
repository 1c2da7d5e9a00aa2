package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.compare.MergeConflict.Kind;

/** The conflicts a merge finds, each once; a merge decides in rounds, and only some conflicts outlast a round. */
final class MergeConflicts {

	private final Sides sides;
	/** Conflicts that keep an element theirs deleted: they stay though the next round's values agree. */
	private final Map<String, MergeConflict> lasting = new LinkedHashMap<>();
	/** This round's conflicts. */
	private final Map<String, MergeConflict> found = new LinkedHashMap<>();

	MergeConflicts(Sides sides) {
		this.sides = sides;
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
