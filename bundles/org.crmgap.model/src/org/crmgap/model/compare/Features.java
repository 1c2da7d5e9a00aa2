package org.crmgap.model.compare;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The features a file holds for a class (neither derived nor transient, nor the container), in the class's order. */
final class Features {

	private static final Map<EClass, List<EStructuralFeature>> PERSISTED = new ConcurrentHashMap<>();

	private Features() {
	}

	static List<EStructuralFeature> of(EClass type) {
		return PERSISTED.computeIfAbsent(type, t -> t.getEAllStructuralFeatures().stream()
				.filter(f -> !f.isDerived() && !f.isTransient() && !(f instanceof EReference r && r.isContainer())).toList());
	}

	static boolean containment(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment();
	}
}
