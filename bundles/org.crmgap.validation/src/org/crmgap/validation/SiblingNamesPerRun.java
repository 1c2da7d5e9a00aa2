package org.crmgap.validation;

import java.util.Map;
import java.util.Set;

import org.crmgap.model.util.SiblingNames;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The model's sibling-name rule ({@link SiblingNames}), each containment list scanned once per validation run (cached
 * in the Diagnostician's context): asking per element would be quadratic, and generated models have lists of a
 * million elements.
 */
final class SiblingNamesPerRun {

	private record SiblingList(EObject container, EStructuralFeature feature) {
	}

	private SiblingNamesPerRun() {
	}

	/** The elements of {@code element}'s list whose name an earlier sibling of the same type already has. */
	@SuppressWarnings("unchecked")
	static Set<EObject> laterDuplicates(EObject element, Map<Object, Object> context) {
		SiblingList list = new SiblingList(element.eContainer(), element.eContainingFeature());
		if (context == null) {
			return SiblingNames.laterDuplicates(list.container(), list.feature());
		}
		return (Set<EObject>) context.computeIfAbsent(list, key -> SiblingNames.laterDuplicates(list.container(), list.feature()));
	}
}
