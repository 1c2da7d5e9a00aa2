package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of a merged many-valued feature (contained elements or references, by id). The elements present on all
 * three sides keep their order, or the order of the side that changed it (when both did, pair by pair, each pair as the
 * side that changed it ordered it); an element one side brought in goes after the element it follows on that side,
 * together with the elements brought in after it. Where both sides brought elements in at the same place, the runs go
 * in the order of their ids: the result never depends on which side is "ours", unless both sides reordered the list in
 * contradicting ways (a conflict: ours' order is kept).
 */
final class ListMerge {

	/** The anchor of the elements brought in before the first element present on all sides. */
	private static final String START = "";
	/** The anchor of the elements brought in after the last element present on all sides (at the end of a list). */
	private static final String END = "\u0000end";
	/** Above this many elements, two contradicting reorders are not reconciled pair by pair (quadratic): ours' order is kept. */
	private static final int MAX_PAIRWISE = 2000;
	/** Why theirs' order is not taken in an order conflict. */
	static final String OURS_ONLY = "a list both sides reordered keeps ours' order: theirs' does not say where ours' additions go";

	private ListMerge() {
	}

	/**
	 * The elements of {@code result} in merged order. {@code base}, {@code ours} and {@code theirs} are the sides' lists
	 * (empty where a side has no such list); {@code conflict} runs when both sides reordered the list in contradicting ways.
	 */
	static List<String> order(List<String> base, List<String> ours, List<String> theirs, Set<String> result, Runnable conflict) {
		if (ours.equals(base) || ours.equals(theirs)) {
			List<String> taken = only(theirs, result);
			if (taken.size() == result.size()) {
				return taken;
			}
		}
		if (theirs.equals(base)) {
			List<String> taken = only(ours, result);
			if (taken.size() == result.size()) {
				return taken;
			}
		}
		Set<String> inOurs = new HashSet<>(ours);
		Set<String> inTheirs = new HashSet<>(theirs);
		List<String> common = new ArrayList<>();
		for (String id : base) {
			if (result.contains(id) && inOurs.contains(id) && inTheirs.contains(id)) {
				common.add(id);
			}
		}
		Set<String> commonSet = new HashSet<>(common);
		List<String> skeleton = skeleton(common, only(ours, commonSet), only(theirs, commonSet), conflict);

		Map<String, List<List<String>>> runs = new HashMap<>();
		collectRuns(ours, result, commonSet, runs);
		collectRuns(theirs, result, commonSet, runs);
		List<String> merged = new ArrayList<>(result.size());
		Set<String> placed = new HashSet<>();
		emit(runs.get(START), merged, placed);
		for (String id : skeleton) {
			merged.add(id);
			placed.add(id);
			emit(runs.get(id), merged, placed);
		}
		emit(runs.get(END), merged, placed);
		// every element of the result is on one side's list; this only guards against a caller's mistake
		result.stream().filter(id -> !placed.contains(id)).sorted().forEach(merged::add);
		return merged;
	}

	private static List<String> only(List<String> list, Set<String> kept) {
		List<String> taken = new ArrayList<>(list.size());
		for (String id : list) {
			if (kept.contains(id)) {
				taken.add(id);
			}
		}
		return taken;
	}

	/** The order of the elements on all sides: as changed by one side, or pair by pair when both changed it. */
	private static List<String> skeleton(List<String> base, List<String> ours, List<String> theirs, Runnable conflict) {
		if (ours.equals(base)) {
			return theirs;
		}
		if (theirs.equals(base) || ours.equals(theirs)) {
			return ours;
		}
		List<String> pairwise = base.size() > MAX_PAIRWISE ? null : pairwise(base, ours, theirs);
		if (pairwise == null) {
			conflict.run();
			return ours;
		}
		return pairwise;
	}

	/**
	 * Each pair of elements as the side that changed its order ordered it, sorted topologically (ties broken by the
	 * element that followed the last one placed on some side, then by id); null when the pairs contradict (a cycle).
	 */
	private static List<String> pairwise(List<String> base, List<String> ours, List<String> theirs) {
		int n = base.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(base.get(i), i);
		}
		int[] inOurs = positions(ours, index);
		int[] inTheirs = positions(theirs, index);
		boolean[][] before = new boolean[n][n];
		int[] incoming = new int[n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				// in the base, i comes before j; the side that changed that decides
				boolean oursKeeps = inOurs[i] < inOurs[j];
				boolean iFirst = oursKeeps ? inTheirs[i] < inTheirs[j] : false;
				int from = iFirst ? i : j;
				int to = iFirst ? j : i;
				before[from][to] = true;
				incoming[to]++;
			}
		}
		List<String> sorted = new ArrayList<>(n);
		boolean[] done = new boolean[n];
		String last = null;
		for (int step = 0; step < n; step++) {
			int next = -1;
			for (int candidate : successors(last, index, base, ours, theirs)) {
				if (!done[candidate] && incoming[candidate] == 0 && (next < 0 || base.get(candidate).compareTo(base.get(next)) < 0)) {
					next = candidate;
				}
			}
			for (int candidate = 0; next < 0 && candidate < n; candidate++) {
				if (!done[candidate] && incoming[candidate] == 0) {
					next = candidate;
				}
			}
			if (next < 0) {
				return null;
			}
			done[next] = true;
			sorted.add(base.get(next));
			last = base.get(next);
			for (int k = 0; k < n; k++) {
				if (before[next][k]) {
					incoming[k]--;
				}
			}
		}
		return sorted;
	}

	private static int[] positions(List<String> list, Map<String, Integer> index) {
		int[] positions = new int[index.size()];
		for (int i = 0; i < list.size(); i++) {
			positions[index.get(list.get(i))] = i;
		}
		return positions;
	}

	private static List<Integer> successors(String last, Map<String, Integer> index, List<String> base, List<String> ours,
			List<String> theirs) {
		List<Integer> next = new ArrayList<>(3);
		for (List<String> list : List.of(base, ours, theirs)) {
			int at = last == null ? -1 : list.indexOf(last);
			if (at + 1 < list.size()) {
				next.add(index.get(list.get(at + 1)));
			}
		}
		return next;
	}

	/**
	 * The elements of {@code list} that are in the result but not on all sides, as runs after the element before them;
	 * a run at the end of the list stays at the end (after what the other side added there, or before it).
	 */
	private static void collectRuns(List<String> list, Set<String> result, Set<String> common, Map<String, List<List<String>>> runs) {
		String anchor = START;
		List<String> run = null;
		for (String id : list) {
			if (!result.contains(id)) {
				continue;
			}
			if (common.contains(id)) {
				if (run != null) {
					runs.computeIfAbsent(anchor, a -> new ArrayList<>()).add(run);
				}
				anchor = id;
				run = null;
				continue;
			}
			if (run == null) {
				run = new ArrayList<>();
			}
			run.add(id);
		}
		if (run != null) {
			runs.computeIfAbsent(common.isEmpty() ? START : END, a -> new ArrayList<>()).add(run);
		}
	}

	/** The runs brought in at one place, in the order of their ids (each element once). */
	private static void emit(List<List<String>> runs, List<String> merged, Set<String> placed) {
		if (runs == null) {
			return;
		}
		List<List<String>> sorted = new ArrayList<>(runs);
		sorted.sort(ListMerge::compare);
		for (List<String> run : sorted) {
			for (String id : run) {
				if (placed.add(id)) {
					merged.add(id);
				}
			}
		}
	}

	private static int compare(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}
}
