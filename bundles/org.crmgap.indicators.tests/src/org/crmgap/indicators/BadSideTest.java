package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.crmgap.model.Severity;
import org.junit.jupiter.api.Test;

/** The two sides of the thresholds that {@link ActionOutcomesTest} does not meet on its small bank: by hand. */
class BadSideTest {

	private static final Severities.Levels LEVELS = new Severities.Levels(0.5, 1.0, 0.05);

	@Test
	void aKnowledgeGapIsBadEitherWay() {
		assertEquals(0.7, BadSide.EITHER_SIDE.badness(-0.7), 0);
		assertEquals(List.of(new ThresholdBand(Severity.WARNING, -1.0, -0.5), new ThresholdBand(Severity.WARNING, 0.5, 1.0),
				new ThresholdBand(Severity.ERROR, null, -1.0), new ThresholdBand(Severity.ERROR, 1.0, null)), BadSide.EITHER_SIDE.bands(LEVELS));
	}

	@Test
	void aShortfallIsBadAboveZero() {
		assertEquals(-0.5, BadSide.ABOVE_ZERO.badness(-0.5), 0, "an overshoot is as good as it is: not past any level");
		assertEquals(List.of(new ThresholdBand(Severity.WARNING, 0.5, 1.0), new ThresholdBand(Severity.ERROR, 1.0, null)),
				BadSide.ABOVE_ZERO.bands(LEVELS));
		assertEquals(List.of(), BadSide.RELATIVE.bands(LEVELS));
	}
}
