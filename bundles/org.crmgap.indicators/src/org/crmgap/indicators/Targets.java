package org.crmgap.indicators;

import org.crmgap.model.GapKind;

/** Whether a gap's indicator reaches a planned action's target: one rule for validation and for "did it work?". */
public final class Targets {

	private Targets() {
	}

	/**
	 * Whether a gap's indicator reaches a target, by the direction that is better for its kind: a share (coverage,
	 * compliance, kept promises) and a perceived-minus-expected gap (customer, value) at or above the target, so a gap that
	 * turned positive has reached a negative target; a readiness shortfall or a coherence spread at or below it; a
	 * knowledge gap (management wrong in either direction) at most as far from 0.
	 */
	public static boolean reached(GapKind kind, double value, double target) {
		return switch (kind) {
			case POLICY, DELIVERY, COMMUNICATION, CUSTOMER, VALUE -> value >= target;
			case COMPONENT_READINESS, COHERENCE -> value <= target;
			case KNOWLEDGE -> Math.abs(value) <= Math.abs(target);
		};
	}
}
