package org.crmgap.diagram.style;

import org.crmgap.model.GapKind;

/** The diagram's element types of gap edges, one per gap kind (their titles are {@link org.crmgap.indicators.GapKinds}'). */
public final class GapStyle {

	private GapStyle() {
	}

	public static String type(GapKind kind) {
		return "edge:gap-" + kind.getLiteral();
	}

	public static GapKind kindOfType(String type) {
		return type.startsWith("edge:gap-") ? GapKind.get(type.substring("edge:gap-".length())) : null;
	}
}
