package org.crmgap.indicators;

import org.crmgap.model.GapKind;

/** What each gap kind is called where people read it: diagrams, the editor, the Gap Indicators view, the report. */
public final class GapKinds {

	private GapKinds() {
	}

	/** "Gap 1 Knowledge" ... "Gap 5 Customer" (the SERVQUAL numbers), "Value gap", "Readiness gap", "Coherence gap". */
	public static String title(GapKind kind) {
		return switch (kind) {
		case KNOWLEDGE -> "Gap 1 Knowledge";
		case POLICY -> "Gap 2 Policy";
		case DELIVERY -> "Gap 3 Delivery";
		case COMMUNICATION -> "Gap 4 Communication";
		case CUSTOMER -> "Gap 5 Customer";
		case VALUE -> "Value gap";
		case COMPONENT_READINESS -> "Readiness gap";
		case COHERENCE -> "Coherence gap";
		};
	}
}
