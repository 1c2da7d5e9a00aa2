package org.crmgap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Direction;
import org.crmgap.model.ServiceStandard;
import org.junit.jupiter.api.Test;

/** The behaviour written into the metamodel as EOperation bodies. */
class DomainOperationsTest {

	private final CrmGapFactory factory = CrmGapFactory.eINSTANCE;

	@Test
	void lowerIsBetterStandardIsMetAtOrBelowTargetPlusTolerance() {
		ServiceStandard wait = standard(10, 0.5, Direction.LOWER_IS_BETTER);
		assertTrue(wait.isMet(9));
		assertTrue(wait.isMet(10.5));
		assertFalse(wait.isMet(10.6));
		assertEquals(2.0, wait.shortfall(12), 1e-12);
		assertEquals(0.0, wait.shortfall(7), 1e-12);
	}

	@Test
	void higherIsBetterStandardIsMetAtOrAboveTargetMinusTolerance() {
		ServiceStandard resolution = standard(80, 0, Direction.HIGHER_IS_BETTER);
		assertTrue(resolution.isMet(80));
		assertFalse(resolution.isMet(79.9));
		assertEquals(5.0, resolution.shortfall(75), 1e-12);
		assertEquals(0.0, resolution.shortfall(95), 1e-12);
	}

	@Test
	void componentShortfallIsRequiredMinusAssessed() {
		CrmComponent component = factory.createCrmComponent();
		component.setRequiredLevel(4);
		assertNull(component.shortfall(), "no assessment yet");
		component.setAssessedLevel(2.5);
		assertEquals(1.5, component.shortfall(), 1e-12);
	}

	@Test
	void dataKeyFallsBackToName() {
		CustomerSegment segment = factory.createCustomerSegment();
		segment.setName("Private clients");
		assertEquals("Private clients", segment.effectiveDataKey());
		segment.setDataKey(" ");
		assertEquals("Private clients", segment.effectiveDataKey());
		segment.setDataKey("private");
		assertEquals("private", segment.effectiveDataKey());
	}

	private ServiceStandard standard(double target, double tolerance, Direction direction) {
		ServiceStandard standard = factory.createServiceStandard();
		standard.setTarget(target);
		standard.setTolerance(tolerance);
		standard.setDirection(direction);
		return standard;
	}
}
