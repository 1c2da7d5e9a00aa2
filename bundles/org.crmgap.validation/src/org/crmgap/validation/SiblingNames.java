package org.crmgap.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names repeated among siblings of the same type in one containment list. Each list is scanned once per
 * validation run (cached in the Diagnostician's context): comparing every element with its siblings would be
 * quadratic, and generated models have lists of a million elements.
 */
final class SiblingNames {

	private record SiblingList(EObject container, EStructuralFeature feature) {
	}

	private SiblingNames() {
	}

	/** The elements of {@code element}'s list whose name an earlier sibling of the same type already has. */
	@SuppressWarnings("unchecked")
	static Set<EObject> laterDuplicates(EObject element, Map<Object, Object> context) {
		SiblingList list = new SiblingList(element.eContainer(), element.eContainingFeature());
		if (context == null) {
			return scan(list);
		}
		return (Set<EObject>) context.computeIfAbsent(list, key -> scan(list));
	}

	private static Set<EObject> scan(SiblingList list) {
		Set<EObject> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<EClass, Set<String>> seen = new HashMap<>();
		for (Object sibling : (List<?>) list.container().eGet(list.feature())) {
			if (sibling instanceof NamedElement named && named.getName() != null
					&& !seen.computeIfAbsent(named.eClass(), c -> new HashSet<>()).add(named.getName())) {
				duplicates.add(named);
			}
		}
		return duplicates;
	}
}
