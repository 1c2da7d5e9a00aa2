package org.crmgap.indicators;

import java.util.List;

import org.crmgap.model.Severity;

/**
 * Which way an indicator's value is bad, as its severity measures it (the "badness" of {@link Severities#of}): the one
 * home of the mapping from a value to how far it is on the bad side, and back from a threshold level to the value where
 * the indicator crosses it (for the threshold bands of a trend chart).
 */
enum BadSide {
	/** A gap on the scale: bad below zero (customer, value gap). */
	BELOW_ZERO,
	/** A share: bad as it falls short of 1 (compliance, coverage, promises kept). */
	SHORT_OF_ONE,
	/** A shortfall or spread: bad above zero. */
	ABOVE_ZERO,
	/** A difference either way is bad (knowledge gap). */
	EITHER_SIDE,
	/** Judged relative to another value of each element (a ratio): no bands in the indicator's units. */
	RELATIVE;

	/** How far {@code value} is on the bad side; not for {@link #RELATIVE}, whose callers compute the ratio. */
	Double badness(Double value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
		case BELOW_ZERO -> Math.max(0, -value);
		case SHORT_OF_ONE -> Math.max(0, 1 - value);
		case ABOVE_ZERO -> value;
		case EITHER_SIDE -> Math.abs(value);
		case RELATIVE -> throw new IllegalStateException("a relative badness is computed by its caller");
		};
	}

	/**
	 * The values past the warning and error levels. The boundaries follow {@link Severities#of}: on the scale a level
	 * is reached at it (≥), a share only below it; a band's boundaries are drawn, so that difference does not show.
	 */
	List<ThresholdBand> bands(Severities.Levels levels) {
		double warning = levels.warning();
		double error = levels.error();
		return switch (this) {
		case BELOW_ZERO -> List.of(new ThresholdBand(Severity.WARNING, -error, -warning), new ThresholdBand(Severity.ERROR, null, -error));
		case SHORT_OF_ONE -> List.of(new ThresholdBand(Severity.WARNING, 1 - error, 1 - warning),
				new ThresholdBand(Severity.ERROR, null, 1 - error));
		case ABOVE_ZERO -> List.of(new ThresholdBand(Severity.WARNING, warning, error), new ThresholdBand(Severity.ERROR, error, null));
		case EITHER_SIDE -> List.of(new ThresholdBand(Severity.WARNING, -error, -warning), new ThresholdBand(Severity.WARNING, warning, error),
				new ThresholdBand(Severity.ERROR, null, -error), new ThresholdBand(Severity.ERROR, error, null));
		case RELATIVE -> List.of();
		};
	}
}
