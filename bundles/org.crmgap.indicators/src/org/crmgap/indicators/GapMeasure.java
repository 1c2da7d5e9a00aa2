package org.crmgap.indicators;

/**
 * A gap's indicator in one wave, as a comparison of waves needs it: its name and value, how far it is on the gap's bad
 * side (the severity's measure: the one home of "which way is better"), what it was computed from (may be null) and its
 * indicator row (interval, n), and which way its value is bad.
 */
record GapMeasure(String indicator, Double value, Double badness, Sample sample, Indicator row, BadSide side) {
}
