package org.crmgap.validation.internal;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.validation.GapModelValidator;
import org.crmgap.validation.GapValidation;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the validator when the bundle starts (lazily, on first use of one of its classes), so code that
 * calls EMF's Diagnostician directly gets the gap rules too.
 */
public final class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		GapValidation.register();
	}

	@Override
	public void stop(BundleContext context) {
		// only our own registration: someone may have put a composite validator there
		EValidator.Registry.INSTANCE.remove(CrmGapPackage.eINSTANCE, GapModelValidator.INSTANCE);
	}
}
