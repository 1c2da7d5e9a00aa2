package org.crmgap.model.persistence;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Direction;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceStandard;

/** Small models built in code for the persistence tests. */
final class Models {

	private Models() {
	}

	static GapModel smallModel() {
		CrmGapFactory f = CrmGapFactory.eINSTANCE;
		GapModel model = f.createGapModel();
		model.setName("Small bank");
		CustomerSegment segment = f.createCustomerSegment();
		segment.setName("Retail");
		model.getSegments().add(segment);
		Expectation expectation = f.createExpectation();
		expectation.setName("Short queues");
		expectation.setExpectedValue(8.0);
		expectation.setUnit("min");
		segment.getExpectations().add(expectation);
		ServiceStandard standard = f.createServiceStandard();
		standard.setName("Queue time");
		standard.setTarget(10);
		standard.setDirection(Direction.LOWER_IS_BETTER);
		standard.getAddresses().add(expectation);
		model.getServiceStandards().add(standard);
		return model;
	}
}
