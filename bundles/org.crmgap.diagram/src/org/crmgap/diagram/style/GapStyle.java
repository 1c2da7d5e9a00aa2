package org.crmgap.diagram.style;

import org.crmgap.model.GapKind;

/** How gap edges are named on the diagram: the SERVQUAL gap numbers, the value gap and the DIE internal gaps. */
public final class GapStyle {

	private GapStyle() {
	}

	public static String type(GapKind kind) {
		return "edge:gap-" + kind.getLiteral();
	}

	public static GapKind kindOfType(String type) {
		return type.startsWith("edge:gap-") ? GapKind.get(type.substring("edge:gap-".length())) : null;
	}

	/** "Gap 1 Knowledge", "Value gap", "Readiness gap". */
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
