package org.crmgap.model.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Feature values in a comparable form: attributes as their literal text, references as their targets' ids. */
final class Values {

	private Values() {
	}

	/** The attribute's value as it is written in the file (null when unset). */
	static String attribute(EObject element, EStructuralFeature feature) {
		if (!element.eIsSet(feature)) {
			return null;
		}
		Object value = element.eGet(feature);
		EAttribute attribute = (EAttribute) feature;
		if (value instanceof List<?> list) {
			return list.stream().map(v -> EcoreUtil.convertToString(attribute.getEAttributeType(), v)).toList().toString();
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	/** The reference's targets: id to label, in order (resolved where the other file can be read, else left by id). */
	static Map<String, String> targets(EObject element, EStructuralFeature feature) {
		Map<String, String> targets = new LinkedHashMap<>();
		Object value = element.eGet(feature, true);
		if (value instanceof List<?> list) {
			list.forEach(t -> targets.put(Ids.of((EObject) t), Labels.of((EObject) t)));
		} else if (value != null) {
			targets.put(Ids.of((EObject) value), Labels.of((EObject) value));
		}
		return targets;
	}
}
