package org.crmgap.report;

import java.util.Map;

/**
 * The report's "Diagrams": the gap-model figure and the model's diagrams as inline SVG (drawn by the diagram bundle's
 * {@link DiagramFigures}, which escapes every name), or one line saying why they are left out.
 */
final class DiagramsSection {

	private DiagramsSection() {
	}

	static void append(StringBuilder html, Map<String, String> svgs, String absent) {
		if (svgs == null) {
			if (absent != null) {
				html.append("<p id=\"diagrams\" class=\"note\">").append(Html.text(absent)).append("</p>\n");
			}
			return;
		}
		html.append("<section id=\"diagrams\"><h2>Diagrams</h2>\n");
		int i = 0;
		for (Map.Entry<String, String> svg : svgs.entrySet()) {
			// at full size, scrolled: a large diagram fitted to the page would have labels too small to read
			String figure = "diagram-" + ++i;
			html.append("<figure id=\"").append(figure).append("\"><figcaption>").append(Html.text(svg.getKey())).append("</figcaption>\n")
					.append("<div class=\"scroll\">").append(ownIds(svg.getValue(), figure)).append("</div></figure>\n");
		}
		html.append("</section>\n");
	}

	/**
	 * The SVG with its elements' ids (the model's ids) prefixed by its figure's: an element drawn on several diagrams
	 * would otherwise have one id many times in the page. Only tags can hold {@code <g id="}: text has its {@code <}
	 * escaped.
	 */
	private static String ownIds(String svg, String figure) {
		return svg.replace("<g id=\"", "<g id=\"" + figure + "-");
	}
}
