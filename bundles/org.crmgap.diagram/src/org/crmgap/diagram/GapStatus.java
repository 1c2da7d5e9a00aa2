package org.crmgap.diagram;

import org.crmgap.model.Severity;

/** What the last analysis said about one gap: its severity and the indicator value (null when not measured). */
public record GapStatus(Severity severity, Double value, String indicator) {
}
