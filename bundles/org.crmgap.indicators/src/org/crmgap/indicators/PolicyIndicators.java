package org.crmgap.indicators;

import java.util.List;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Direction;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceStandard;

/**
 * Policy gap (gap 2), from the model alone: the importance-weighted share of expectations addressed by a
 * standard, and each standard target's shortfall against a quantified expectation in the same unit.
 */
final class PolicyIndicators {

	private final GapModel model;
	private final IndicatorRows rows;

	PolicyIndicators(GapModel model, IndicatorRows rows) {
		this.model = model;
		this.rows = rows;
	}

	void compute() {
		List<Expectation> all = model.getSegments().stream().flatMap(s -> s.getExpectations().stream()).toList();
		coverage(all, model, "all");
		for (CustomerSegment segment : model.getSegments()) {
			coverage(segment.getExpectations(), segment, segment.getName());
		}
		for (ServiceStandard standard : model.getServiceStandards()) {
			for (Expectation expectation : standard.getAddresses()) {
				if (expectation.getExpectedValue() != null && sameUnit(standard, expectation)) {
					double shortfall = targetShortfall(standard, expectation.getExpectedValue());
					String segment = expectation.getSegment() == null ? "all" : expectation.getSegment().getName();
					double expected = Math.abs(expectation.getExpectedValue());
					rows.addRelative(GapKind.POLICY, standard, segment, "target shortfall vs '" + expectation.getName() + "' ("
							+ standard.getUnit() + ")", shortfall, 1, expected == 0 ? null : shortfall / expected);
				}
			}
		}
	}

	private void coverage(List<Expectation> expectations, org.eclipse.emf.ecore.EObject where, String segment) {
		double total = expectations.stream().mapToDouble(Expectation::getImportance).sum();
		double covered = expectations.stream().filter(e -> !e.getAddressedBy().isEmpty()).mapToDouble(Expectation::getImportance).sum();
		Double share = total > 0 ? covered / total : null;
		rows.add(GapKind.POLICY, where, segment, "standard coverage", share, null, null, null, expectations.size(),
				BadSide.SHORT_OF_ONE);
	}

	private static boolean sameUnit(ServiceStandard standard, Expectation expectation) {
		return standard.getUnit() != null && standard.getUnit().equalsIgnoreCase(String.valueOf(expectation.getUnit()));
	}

	/** How far the target is less demanding than what customers expect (0 when it is as demanding or more). */
	static double targetShortfall(ServiceStandard standard, double expected) {
		double gap = standard.getDirection() == Direction.LOWER_IS_BETTER ? standard.getTarget() - expected
				: expected - standard.getTarget();
		return Math.max(0, gap);
	}
}
