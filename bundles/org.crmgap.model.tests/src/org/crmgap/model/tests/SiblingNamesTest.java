package org.crmgap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.util.SiblingNames;
import org.junit.jupiter.api.Test;

/** The one rule for names among siblings: unique per type in one containment list; new names "Base (2)", ... */
class SiblingNamesTest {

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;
	private final GapModel model = f.createGapModel();

	private CustomerSegment segment(String name) {
		CustomerSegment segment = f.createCustomerSegment();
		segment.setName(name);
		model.getSegments().add(segment);
		return segment;
	}

	@Test
	void laterDuplicatesOfTheSameTypeInOneListAreReported() {
		segment("Retail");
		CustomerSegment again = segment("Retail");
		segment("Private");
		assertEquals(Set.of(again), SiblingNames.laterDuplicates(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS));
	}

	@Test
	void elementsOfOtherListsMayShareAName() {
		segment("Branch");
		ServiceStandard standard = f.createServiceStandard();
		standard.setName("Branch");
		model.getServiceStandards().add(standard);
		assertEquals(Set.of(), SiblingNames.laterDuplicates(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS));
		assertEquals(Set.of(), SiblingNames.laterDuplicates(model, CrmGapPackage.Literals.GAP_MODEL__SERVICE_STANDARDS));
		assertEquals("Branch", SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__ORGANISATION_UNITS,
				CrmGapPackage.Literals.ORGANISATION_UNIT, "Branch"));
		assertEquals("Branch (2)", SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS,
				CrmGapPackage.Literals.CUSTOMER_SEGMENT, "Branch"));
	}

	@Test
	void newNamesTakeTheFirstFreeNumber() {
		segment("New customer segment");
		segment("New customer segment (2)");
		assertEquals("New customer segment (3)", SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS,
				CrmGapPackage.Literals.CUSTOMER_SEGMENT, "New customer segment"));
		assertEquals("Fresh", SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS,
				CrmGapPackage.Literals.CUSTOMER_SEGMENT, "Fresh"));
	}

	@Test
	void aDuplicateIsRenamedToWhatNoSiblingHasAndAUniqueNameIsKept() {
		CustomerSegment first = segment("Retail");
		CustomerSegment second = segment("Retail");
		segment("Retail (2)");
		assertEquals("Retail (3)", SiblingNames.uniqueFor(second));
		assertEquals("Retail (3)", SiblingNames.uniqueFor(first), "either of the two may move");
		assertEquals("Alone", SiblingNames.uniqueFor(segment("Alone")));
	}
}
