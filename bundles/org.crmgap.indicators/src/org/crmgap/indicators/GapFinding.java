package org.crmgap.indicators;

import java.util.List;

import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;

/** A gap of the model with the indicator that measures it, its severity and the linked causes and actions. */
public record GapFinding(String gap, GapKind kind, String indicator, Double value, Double p, long n, Severity severity,
		List<String> causes, List<String> actions) {
}
