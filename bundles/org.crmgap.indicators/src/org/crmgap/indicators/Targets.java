package org.crmgap.indicators;

import org.crmgap.model.GapKind;

/** Whether a gap's indicator reaches a planned action's target: one rule for validation and for "did it work?". */
public final class Targets {

	private Targets() {
	}

	/**
	 * Whether a gap's indicator reaches a target, by the direction that is better for the indicator: a share (coverage,
	 * compliance, kept promises) and a perceived-minus-expected gap (customer, value) at or above the target, so a gap
	 * that turned positive has reached a negative target; a shortfall (a standard's target shortfall, the violations'
	 * mean shortfall, a readiness shortfall), an overpromise or a spread at or below it; a knowledge gap (management
	 * wrong in either direction) at most as far from 0. {@code indicator} is the name {@link GapFindings} matched.
	 */
	public static boolean reached(GapKind kind, String indicator, double value, double target) {
		return switch (kind) {
			case KNOWLEDGE -> Math.abs(value) <= Math.abs(target);
			case COMPONENT_READINESS, COHERENCE -> value <= target;
			case CUSTOMER, VALUE -> value >= target;
			// the share kinds are measured by a share or, for one standard or promise, by how far it falls short
			case POLICY, DELIVERY, COMMUNICATION -> lowerIsBetter(indicator) ? value <= target : value >= target;
		};
	}

	private static boolean lowerIsBetter(String indicator) {
		return indicator != null && (indicator.startsWith("target shortfall") || indicator.startsWith("mean shortfall")
				|| indicator.startsWith("overpromise"));
	}
}
