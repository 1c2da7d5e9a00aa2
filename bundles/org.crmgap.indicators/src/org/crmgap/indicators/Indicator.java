package org.crmgap.indicators;

import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;

/**
 * One computed indicator: which gap kind and model element it is about (label and id, the element's
 * URI fragment), for which segment ("all" when overall), its value with confidence interval and p where
 * a test applies, its n and its severity.
 */
public record Indicator(GapKind kind, String element, String elementId, String segment, String name, Double value,
		Double ciLow, Double ciHigh, Double p, long n, Severity severity) {
}
