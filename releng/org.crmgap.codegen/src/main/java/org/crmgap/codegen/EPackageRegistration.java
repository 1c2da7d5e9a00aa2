package org.crmgap.codegen;

import org.eclipse.emf.ecore.EPackage;

/** Outside OSGi nothing registers packages from plugin.xml: do it by hand. */
final class EPackageRegistration {

	private EPackageRegistration() {
	}

	static void register(EPackage... packages) {
		for (EPackage ePackage : packages) {
			EPackage.Registry.INSTANCE.put(ePackage.getNsURI(), ePackage);
		}
	}
}
