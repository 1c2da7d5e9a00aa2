package org.crmgap.examples;

import java.io.IOException;
import java.nio.file.Path;

import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.persistence.ModelFiles;

/**
 * A generated model with a given number of diagram nodes, connected like a real one (relations and gaps): for the
 * diagram benchmark and the diagram's readability tests.
 */
public final class SyntheticDiagramModel {

	private SyntheticDiagramModel() {
	}

	/** Writes a model of {@code nodes} nodes (rounded down to blocks of 10) to {@code file}; returns the node count. */
	public static int write(Path file, int nodes) throws IOException {
		CrmGapFactory f = CrmGapFactory.eINSTANCE;
		GapModel model = f.createGapModel();
		model.setName("Synthetic diagram " + nodes);
		int count = 0;
		// one block: a segment, 4 expectations, a unit, 2 components, 2 standards = 10 nodes, 2 gaps
		for (int block = 0; count + 10 <= Math.max(nodes, 10); block++) {
			CustomerSegment segment = f.createCustomerSegment();
			segment.setName("Segment " + block);
			model.getSegments().add(segment);
			OrganisationUnit unit = f.createOrganisationUnit();
			unit.setName("Unit " + block);
			model.getOrganisationUnits().add(unit);
			for (int c = 0; c < 2; c++) {
				CrmComponent component = f.createCrmComponent();
				component.setName("Component " + block + "." + c);
				unit.getComponents().add(component);
			}
			for (int s = 0; s < 2; s++) {
				ServiceStandard standard = f.createServiceStandard();
				standard.setName("Standard " + block + "." + s);
				standard.setOwnerUnit(unit);
				model.getServiceStandards().add(standard);
				for (int e = 0; e < 2; e++) {
					Expectation expectation = f.createExpectation();
					expectation.setName("Expectation " + block + "." + s + "." + e);
					segment.getExpectations().add(expectation);
					standard.getAddresses().add(expectation);
				}
				Gap gap = f.createGap();
				gap.setName("Policy gap " + block + "." + s);
				gap.setKind(GapKind.POLICY);
				gap.setReference(segment.getExpectations().get(2 * s));
				gap.setActual(standard);
				model.getGaps().add(gap);
			}
			count += 10;
		}
		ModelFiles.save(model, file);
		return count;
	}
}
