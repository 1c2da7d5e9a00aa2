package org.crmgap.benchmarks;

import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Direction;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceStandard;
import org.eclipse.emf.ecore.resource.Resource;

/** Generated gap models of a given size, with containment and cross references like real ones. */
final class SyntheticModels {

	private SyntheticModels() {
	}

	/**
	 * Fills {@code resource} with a model of about {@code elements} elements (segments with expectations,
	 * units with components, standards addressing expectations) and returns the exact count.
	 */
	static int fill(Resource resource, int elements) {
		CrmGapFactory f = CrmGapFactory.eINSTANCE;
		GapModel model = f.createGapModel();
		model.setName("Synthetic " + elements);
		resource.getContents().add(model);
		int count = 1;
		// one block: a segment, 4 expectations, a unit, 2 components, 2 standards = 10 elements
		for (int block = 0; count + 10 <= elements || block == 0; block++) {
			CustomerSegment segment = f.createCustomerSegment();
			segment.setName("Segment " + block);
			segment.setSize(1000 + block);
			model.getSegments().add(segment);
			OrganisationUnit unit = f.createOrganisationUnit();
			unit.setName("Unit " + block);
			model.getOrganisationUnits().add(unit);
			for (int c = 0; c < 2; c++) {
				CrmComponent component = f.createCrmComponent();
				component.setName("Component " + block + "." + c);
				component.setRequiredLevel(4);
				component.setAssessedLevel(2.5 + c);
				unit.getComponents().add(component);
			}
			for (int s = 0; s < 2; s++) {
				ServiceStandard standard = f.createServiceStandard();
				standard.setName("Standard " + block + "." + s);
				standard.setTarget(10 + s);
				standard.setDirection(Direction.LOWER_IS_BETTER);
				standard.setOwnerUnit(unit);
				model.getServiceStandards().add(standard);
				for (int e = 0; e < 2; e++) {
					Expectation expectation = f.createExpectation();
					expectation.setName("Expectation " + block + "." + s + "." + e);
					expectation.setImportance(0.25);
					segment.getExpectations().add(expectation);
					standard.getAddresses().add(expectation);
				}
			}
			count += 10;
		}
		return count;
	}
}
