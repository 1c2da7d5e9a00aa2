package org.crmgap.diagram.internal.glsp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Names for new elements that do not clash with their siblings (the validator asks for unique sibling names). */
final class Names {

	private Names() {
	}

	static String unique(EObject owner, EReference containment, String base) {
		Set<String> taken = new HashSet<>();
		for (Object sibling : (List<?>) owner.eGet(containment)) {
			if (sibling instanceof NamedElement named && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + " " + i;
		}
		return name;
	}
}
