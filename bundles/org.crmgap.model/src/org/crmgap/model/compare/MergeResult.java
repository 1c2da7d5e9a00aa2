package org.crmgap.model.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * A merged model, the root of a new resource (not saved yet; its URI is ours' file), and the conflicts, in model order,
 * for which it holds ours' side, or theirs' where {@code theirsTaken} has the conflict's {@link MergeConflict#key()}.
 * {@code oursOnly} says, by key, why theirs' side of a conflict could not be taken where it was chosen or cannot be.
 */
public record MergeResult(EObject merged, List<MergeConflict> conflicts, Set<String> theirsTaken, Map<String, String> oursOnly) {

	public MergeResult {
		conflicts = List.copyOf(conflicts);
		theirsTaken = Set.copyOf(theirsTaken);
		oursOnly = Map.copyOf(oursOnly);
	}

	public boolean clean() {
		return conflicts.isEmpty();
	}

	public boolean theirsTaken(MergeConflict conflict) {
		return theirsTaken.contains(conflict.key());
	}

	/** Why only ours can be kept for the conflict, in one line; null when theirs is taken or can be tried. */
	public String whyOursOnly(MergeConflict conflict) {
		return oursOnly.get(conflict.key());
	}
}
