package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceStandard;
import org.crmgap.validation.internal.Activator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The validator is registered for the package, so EMF's plain Diagnostician applies the gap rules. */
class RegistrationTest {

	@AfterEach
	void registerAgain() {
		GapValidation.register();
	}

	@Test
	void registerIsIdempotent() {
		GapValidation.register();
		GapValidation.register();
		assertSame(GapModelValidator.INSTANCE, EValidator.Registry.INSTANCE.get(CrmGapPackage.eINSTANCE));
	}

	@Test
	void plainDiagnosticianAppliesTheRules() {
		GapValidation.register();
		GapModel model = CrmGapFactory.eINSTANCE.createGapModel();
		ServiceStandard s = CrmGapFactory.eINSTANCE.createServiceStandard();
		s.setName("Queue time");
		model.getServiceStandards().add(s);
		List<Diagnostic> found = RulesTest.flat(Diagnostician.INSTANCE.validate(model));
		assertTrue(found.stream().anyMatch(d -> RuleDiagnostic.rule(d) == Rule.STANDARD_UNOWNED), found.toString());
	}

	@Test
	void bundleIsLazyAndActiveOnceUsed() {
		Bundle bundle = FrameworkUtil.getBundle(GapValidation.class);
		assertEquals("lazy", bundle.getHeaders().get("Bundle-ActivationPolicy"));
		assertEquals(Bundle.ACTIVE, bundle.getState(), "a class of the bundle was loaded, so its activator ran");
	}

	@Test
	void activatorRegistersOnStartAndRemovesOnlyItsOwnOnStop() {
		Bundle bundle = FrameworkUtil.getBundle(GapValidation.class);
		Activator activator = new Activator();
		EValidator.Registry.INSTANCE.remove(CrmGapPackage.eINSTANCE);
		activator.start(bundle.getBundleContext());
		assertSame(GapModelValidator.INSTANCE, EValidator.Registry.INSTANCE.get(CrmGapPackage.eINSTANCE));
		activator.stop(bundle.getBundleContext());
		assertNull(EValidator.Registry.INSTANCE.get(CrmGapPackage.eINSTANCE));
		EValidator someoneElses = new org.eclipse.emf.ecore.util.EObjectValidator();
		EValidator.Registry.INSTANCE.put(CrmGapPackage.eINSTANCE, someoneElses);
		activator.stop(bundle.getBundleContext());
		assertSame(someoneElses, EValidator.Registry.INSTANCE.get(CrmGapPackage.eINSTANCE));
	}
}
