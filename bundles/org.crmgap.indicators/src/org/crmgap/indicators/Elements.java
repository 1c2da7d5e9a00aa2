package org.crmgap.indicators;

import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Labels and stable ids of model elements for indicator rows. */
final class Elements {

	private Elements() {
	}

	static String id(EObject element) {
		if (element == null) {
			return null;
		}
		return element.eResource() != null ? element.eResource().getURIFragment(element) : EcoreUtil.getURI(element).fragment();
	}

	static String label(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		return element == null ? "" : element.eClass().getName();
	}
}
