package org.crmgap.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crmgap.model.compare.Labels;
import org.crmgap.model.compare.MergeConflict;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The structural rules (those of {@code validate --structure-only}) on a merged model: an error neither side had (two
 * elements of one name brought in by the two sides, a required reference the merge had to leave out) is a conflict.
 * Used by {@code crmgap merge} and by the workbench's merge before it saves.
 */
public final class MergeValidation {

	private MergeValidation() {
	}

	public static List<MergeConflict> newErrors(EObject merged, EObject ours, EObject theirs) {
		Set<String> known = new HashSet<>();
		errors(ours).forEach(d -> known.add(key(d)));
		errors(theirs).forEach(d -> known.add(key(d)));
		List<MergeConflict> conflicts = new ArrayList<>();
		for (Diagnostic error : errors(merged)) {
			if (!known.contains(key(error))) {
				EObject element = Diagnostics.element(error);
				EStructuralFeature feature = feature(error);
				conflicts.add(new MergeConflict(MergeConflict.Kind.INVALID, id(element), element == null ? "the model" : Labels.of(element),
						feature == null ? null : feature.getName(), null, null, null, error.getMessage()));
			}
		}
		return conflicts;
	}

	private static List<Diagnostic> errors(EObject root) {
		return Diagnostics.leaves(GapValidation.validate(root)).stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
	}

	/** The same problem in two versions: the same rule on the same element (by id) and feature. */
	private static String key(Diagnostic diagnostic) {
		EStructuralFeature feature = feature(diagnostic);
		return diagnostic.getSource() + " " + diagnostic.getCode() + " " + id(Diagnostics.element(diagnostic)) + " "
				+ (feature == null ? "" : feature.getName());
	}

	private static EStructuralFeature feature(Diagnostic diagnostic) {
		return diagnostic.getData().size() > 1 && diagnostic.getData().get(1) instanceof EStructuralFeature f ? f : null;
	}

	private static String id(EObject element) {
		return element == null || element.eResource() == null ? null : element.eResource().getURIFragment(element);
	}
}
