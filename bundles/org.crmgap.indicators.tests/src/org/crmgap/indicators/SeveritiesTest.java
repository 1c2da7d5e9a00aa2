package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * The domain reference's boundaries, one test each: on the scale a gap of magnitude ≥ 0.5 warns and ≥ 1.0 is an
 * error, only when p &lt; 0.05 where a test applies; a share warns below 90 % and is an error below 75 %; a tested
 * gap whose test cannot be computed is not judged.
 */
class SeveritiesTest {

	private final Severities severities = new Severities(CrmGapFactory.eINSTANCE.createGapModel(), DefaultThresholds.DOMAIN);

	private Severity scale(double magnitude, Double p) {
		return severities.of(GapKind.CUSTOMER, null, magnitude, p, p != null);
	}

	private Severity compliance(double share) {
		return severities.of(GapKind.DELIVERY, null, BadSide.SHORT_OF_ONE.badness(share), null, false);
	}

	@Test
	void aScaleGapWarnsFromHalfAPoint() {
		assertEquals(Severity.OK, scale(0.49, 0.001));
		assertEquals(Severity.WARNING, scale(0.5, 0.001));
	}

	@Test
	void aScaleGapIsAnErrorFromOnePoint() {
		assertEquals(Severity.WARNING, scale(0.99, 0.001));
		assertEquals(Severity.ERROR, scale(1.0, 0.001));
	}

	@Test
	void aTestedGapCountsOnlyBelowTheSignificanceLevel() {
		assertEquals(Severity.OK, scale(2.0, 0.05));
		assertEquals(Severity.ERROR, scale(2.0, 0.0499));
	}

	@Test
	void anUntestedScaleGapIsJudgedOnItsSize() {
		assertEquals(Severity.ERROR, severities.of(GapKind.CUSTOMER, null, 1.0, null, false));
	}

	@Test
	void aGapWhoseTestCannotBeComputedIsNotJudged() {
		assertEquals(Severity.NOT_JUDGED, severities.of(GapKind.CUSTOMER, null, 3.0, null, true));
		assertEquals(Severity.NOT_JUDGED, severities.of(GapKind.KNOWLEDGE, null, 0.0, null, true));
	}

	@Test
	void complianceWarnsBelowNinetyPercent() {
		assertEquals(Severity.OK, compliance(9.0 / 10));
		assertEquals(Severity.WARNING, compliance(8.0 / 9));
	}

	@Test
	void complianceIsAnErrorBelowSeventyFivePercent() {
		assertEquals(Severity.WARNING, compliance(3.0 / 4));
		assertEquals(Severity.ERROR, compliance(74.0 / 99));
	}

	@Test
	void coverageAndKeptPromisesFollowTheShareBoundariesToo() {
		assertEquals(Severity.WARNING, severities.of(GapKind.POLICY, null, BadSide.SHORT_OF_ONE.badness(0.75), null, false));
		assertEquals(Severity.ERROR, severities.of(GapKind.COMMUNICATION, null, BadSide.SHORT_OF_ONE.badness(0.74), null, false));
	}

	@Test
	void nothingMeasuredIsUnknown() {
		assertEquals(Severity.UNKNOWN, severities.of(GapKind.DELIVERY, null, null, null, false));
	}
}
