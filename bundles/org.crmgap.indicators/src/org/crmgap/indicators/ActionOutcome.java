package org.crmgap.indicators;

/**
 * Did a planned action work? Its gap's indicator in the last wave before the action's start ({@code fromWave},
 * {@code before}) against the first wave after its due date, else the latest ({@code toWave}, {@code after}), with the
 * test of the change ({@code test}, {@code p}: see {@link GapChange}); {@code outcome}: closed (the target is reached),
 * narrowed (improved, target not reached), no effect, widened (worsened) or not judged, then {@code reason} says why.
 */
public record ActionOutcome(String action, String gap, String indicator, String fromWave, String toWave, Double before,
		Double after, Double target, String test, Double p, String outcome, String reason) {

	public static final String CLOSED = "closed";
	public static final String NARROWED = "narrowed";
	public static final String NO_EFFECT = "no effect";
	public static final String WIDENED = "widened";
	public static final String NOT_JUDGED = "not judged";
}
