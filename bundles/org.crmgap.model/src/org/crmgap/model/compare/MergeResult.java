package org.crmgap.model.compare;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A merged model, the root of a new resource (not saved yet; its URI is ours' file), and the conflicts, in model order,
 * for which it holds ours' side.
 */
public record MergeResult(EObject merged, List<MergeConflict> conflicts) {

	public MergeResult {
		conflicts = List.copyOf(conflicts);
	}

	public boolean clean() {
		return conflicts.isEmpty();
	}
}
