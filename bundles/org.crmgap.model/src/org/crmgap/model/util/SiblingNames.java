package org.crmgap.model.util;

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
 * The one rule for names among siblings (hand-written, not generated): in one containment list, two elements of the
 * same type may not share a name; elements of different types may. The validator reports breaches, and the
 * diagram's new elements and the rename quick fix pick names that keep it: the first free of "Base", "Base (2)",
 * "Base (3)", ...
 */
public final class SiblingNames {

	private SiblingNames() {
	}

	/**
	 * The elements of {@code container}'s list {@code feature} whose name an earlier sibling of the same type already
	 * has (one pass over the list: lists of a million elements are validated).
	 */
	public static Set<EObject> laterDuplicates(EObject container, EStructuralFeature feature) {
		Set<EObject> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<EClass, Set<String>> seen = new HashMap<>();
		for (Object sibling : siblings(container, feature)) {
			if (sibling instanceof NamedElement named && named.getName() != null
					&& !seen.computeIfAbsent(named.eClass(), c -> new HashSet<>()).add(named.getName())) {
				duplicates.add(named);
			}
		}
		return duplicates;
	}

	/**
	 * A name for a new element of {@code type} in {@code container}'s list {@code feature}: {@code base} when no
	 * element of that type there has it, else "base (2)", "base (3)", ...
	 */
	public static String unique(EObject container, EStructuralFeature feature, EClass type, String base) {
		return free(taken(container, feature, type, null), base);
	}

	/** A name for {@code element} that no other sibling of its type has: its own when that is free. */
	public static String uniqueFor(NamedElement element) {
		String name = element.getName() == null ? "" : element.getName();
		if (element.eContainer() == null || element.eContainingFeature() == null) {
			return name;
		}
		return free(taken(element.eContainer(), element.eContainingFeature(), element.eClass(), element), name);
	}

	/** Whether another sibling of {@code element}'s type in its list already has {@code name}. */
	public static boolean isTaken(NamedElement element, String name) {
		return element.eContainer() != null && element.eContainingFeature() != null
				&& taken(element.eContainer(), element.eContainingFeature(), element.eClass(), element).contains(name);
	}

	private static Set<String> taken(EObject container, EStructuralFeature feature, EClass type, EObject except) {
		Set<String> taken = new HashSet<>();
		for (Object sibling : siblings(container, feature)) {
			if (sibling != except && sibling instanceof NamedElement named && named.eClass() == type && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		return taken;
	}

	private static String free(Set<String> taken, String base) {
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + " (" + i + ")";
		}
		return name;
	}

	private static List<?> siblings(EObject container, EStructuralFeature feature) {
		return feature.isMany() ? (List<?>) container.eGet(feature) : List.of();
	}
}
