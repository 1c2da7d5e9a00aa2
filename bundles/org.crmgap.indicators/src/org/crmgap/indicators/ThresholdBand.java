package org.crmgap.indicators;

import org.crmgap.model.Severity;

/**
 * Where an indicator's value is past a gap's threshold, in the indicator's own units: from {@code from} to {@code to}
 * (null: open on that side) the gap is of {@code severity} when its test, if any, is significant. For drawing the
 * thresholds on a trend chart.
 */
public record ThresholdBand(Severity severity, Double from, Double to) {
}
