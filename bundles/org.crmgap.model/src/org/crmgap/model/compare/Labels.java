package org.crmgap.model.compare;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** An element as the user knows it: its type and name ("Gap 'Reliability'"), or its type alone, or its id if unreadable. */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject element) {
		if (element == null) {
			return "(the file)";
		}
		if (element.eIsProxy()) {
			return element.eClass().getName() + " " + Ids.of(element) + " (not found)";
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : element.eGet(name);
		return element.eClass().getName() + (value == null ? "" : " '" + value + "'");
	}
}
