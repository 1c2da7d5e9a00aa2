package org.crmgap.indicators;

import java.util.List;

import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.Severity;

/**
 * A gap of the model with the indicator that measures it, its severity and the linked causes and actions. {@code id}
 * is the gap's id in its model (its xmi:id), so a finding computed on a copy of the model finds its gap again.
 */
public record GapFinding(String id, String gap, GapKind kind, String indicator, Double value, Double p, long n,
		Severity severity, List<String> causes, List<String> actions) {

	/** The gap of {@code model} this finding is about, or null when the model has no gap with its id (any more). */
	public Gap gapIn(GapModel model) {
		for (Gap candidate : model.getGaps()) {
			if (id != null && id.equals(Elements.id(candidate))) {
				return candidate;
			}
		}
		return null;
	}
}
