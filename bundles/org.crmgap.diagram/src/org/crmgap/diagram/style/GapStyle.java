package org.crmgap.diagram.style;

import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;

/**
 * The diagram's element types of gap edges, one per gap kind (their titles are {@link org.crmgap.indicators.GapKinds}'),
 * and the severity colours gaps are drawn in (the client's crmgap.css has the same ones; the SVG export uses these).
 */
public final class GapStyle {

	private GapStyle() {
	}

	public static String type(GapKind kind) {
		return "edge:gap-" + kind.getLiteral();
	}

	public static GapKind kindOfType(String type) {
		return type.startsWith("edge:gap-") ? GapKind.get(type.substring("edge:gap-".length())) : null;
	}

	/** The colour of a gap's line and arrow head (null: not analysed, drawn as unknown). */
	public static String colour(Severity severity) {
		return switch (severity == null ? Severity.UNKNOWN : severity) {
		case OK -> "#2e9d4f";
		case WARNING -> "#e3a008";
		case ERROR -> "#d03030";
		case NOT_JUDGED -> "#6b7280";
		case UNKNOWN -> "#9aa0a6";
		};
	}

	/** The darker colour of a gap's label text, readable on white. */
	public static String textColour(Severity severity) {
		return switch (severity == null ? Severity.UNKNOWN : severity) {
		case OK -> "#1d6b35";
		case WARNING -> "#8a5d00";
		case ERROR -> "#a01818";
		case NOT_JUDGED -> "#4b5563";
		case UNKNOWN -> "#5f6368";
		};
	}

	/** The pale fill of a gap tag on the gap-model figure. */
	public static String tagFill(Severity severity) {
		return switch (severity == null ? Severity.UNKNOWN : severity) {
		case OK -> "#eef8f1";
		case WARNING -> "#fdf6e3";
		case ERROR -> "#fcecec";
		case NOT_JUDGED -> "#f3f4f6";
		case UNKNOWN -> "#f5f5f5";
		};
	}
}
