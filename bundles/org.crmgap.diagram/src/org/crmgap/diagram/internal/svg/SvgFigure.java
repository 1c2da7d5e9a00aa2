package org.crmgap.diagram.internal.svg;

import static org.crmgap.diagram.internal.svg.SvgShapes.num;
import static org.crmgap.diagram.internal.svg.SvgWriter.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.internal.figure.FigureTypes;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.model.Severity;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.glsp.graph.GNode;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/** The gap-model figure's own elements as the client draws them (figure.tsx, figure.css): bands, divider, boxes, tags. */
final class SvgFigure {

	private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
	/** Fill of each band and of its strip with the stage's name. */
	private static final Map<String, String[]> BANDS = Map.of("band-evaluate", new String[] { "#f2f6fb", "#dbe6f3" }, "band-implement",
			new String[] { "#f3f9f5", "#d5eadc" }, "band-design", new String[] { "#fbf8f0", "#efe4c8" });
	private static final String INK = "#1b1b1b";

	private SvgFigure() {
	}

	static void node(GNode node, double w, double h, StringBuilder body) {
		if (FigureTypes.BAND.equals(node.getType())) {
			String[] fills = BANDS.getOrDefault(node.getId(), new String[] { "#f5f5f5", "#e5e5e5" });
			body.append("<rect width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fills[0])
					.append("\"/><rect width=\"30\" height=\"").append(num(h)).append("\" fill=\"").append(fills[1])
					.append("\"/><text transform=\"translate(20,").append(num(h / 2)).append(") rotate(-90)\" font-size=\"13\" font-weight=\"700\"")
					.append(" letter-spacing=\"2\" text-anchor=\"middle\" fill=\"#4b5563\">").append(TEXT.escape(string(node.getArgs(), "label", "")))
					.append("</text>");
		} else if (FigureTypes.DIVIDER.equals(node.getType())) {
			String y = num(h / 2);
			String side = "font-size=\"12\" font-weight=\"700\" letter-spacing=\"1\" fill=\"#374151\"";
			body.append("<line x1=\"30\" y1=\"").append(y).append("\" x2=\"").append(num(w)).append("\" y2=\"").append(y)
					.append("\" stroke=\"#374151\" stroke-width=\"1.5\" stroke-dasharray=\"10 6\"/><text x=\"40\" y=\"").append(num(h / 2 - 7))
					.append("\" ").append(side).append(">CUSTOMER</text><text x=\"40\" y=\"").append(num(h / 2 + 17)).append("\" ").append(side)
					.append(">COMPANY</text>");
		} else {
			tag(node, w, h, body);
		}
	}

	/** A box: its title (one line per \n), then what stands behind it; the parts of delivery are drawn inside by the caller. */
	static void box(GNode node, double w, double h, StringBuilder body) {
		boolean part = FigureTypes.PART.equals(node.getType());
		List<String> title = List.of(string(node.getArgs(), "title", "").split("\n"));
		List<String> all = new ArrayList<>(title);
		all.add(string(node.getArgs(), "detail", ""));
		body.append("<title>").append(TEXT.escape(String.join(" ", title))).append("</title><rect rx=\"6\" ry=\"6\" width=\"").append(num(w))
				.append("\" height=\"").append(num(h)).append(part ? "\" fill=\"#f7f9fb\" stroke=\"#8a96a3\" stroke-width=\"1.2\"/>"
						: "\" fill=\"#ffffff\" stroke=\"#4d5a6a\" stroke-width=\"1.5\"/>");
		int top = part ? 24 : 26;
		int step = part ? 20 : 19;
		for (int i = 0; i < all.size(); i++) {
			boolean isTitle = i < title.size();
			body.append("<text x=\"12\" y=\"").append(top + i * step).append("\" font-size=\"").append(isTitle && !part ? 13 : 12).append('"')
					.append(isTitle ? " font-weight=\"600\" fill=\"" + INK + "\">" : " fill=\"#4b5563\">").append(TEXT.escape(all.get(i)))
					.append("</text>");
		}
	}

	/** The label of a gap arrow: its kind in bold, then value, n, severity and p; grey and dashed when no gap is modelled. */
	private static void tag(GNode node, double w, double h, StringBuilder body) {
		Severity severity = node.getArgs().get("severity") instanceof String literal ? Severity.get(literal) : null;
		boolean missing = node.getCssClasses().contains("figure-missing");
		body.append("<title>").append(TEXT.escape(string(node.getArgs(), "tooltip", ""))).append("</title><rect rx=\"4\" ry=\"4\" width=\"")
				.append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(GapStyle.tagFill(severity)).append("\" stroke=\"")
				.append(missing ? "#b8bcc2" : GapStyle.colour(severity)).append("\" stroke-width=\"2\"").append(missing ? " stroke-dasharray=\"4 3\"" : "")
				.append("/>");
		String[] lines = string(node.getArgs(), "lines", "").split("\n");
		for (int i = 0; i < lines.length; i++) {
			String fill = missing ? "#80868b" : i == 0 ? GapStyle.textColour(severity) : INK;
			body.append("<text x=\"8\" y=\"").append(16 + i * 15).append("\" font-size=\"12\"").append(i == 0 ? " font-weight=\"700\"" : "")
					.append(missing ? " font-style=\"italic\"" : "").append(" fill=\"").append(fill).append("\">").append(TEXT.escape(lines[i]))
					.append("</text>");
		}
		badge(node.getArgs(), w - 14, 14, body);
	}

	/**
	 * The open actions on a figure tag's or a gap label's gaps as a numbered badge centred at (x, y), red when one is
	 * overdue, as the page draws it (figure.tsx, views.tsx, crmgap.css .actions-badge); nothing without open actions.
	 */
	static void badge(EMap<String, Object> args, double x, double y, StringBuilder body) {
		int open = args.get("openActions") instanceof Number n ? n.intValue() : 0;
		if (open == 0) {
			return;
		}
		boolean overdue = args.get("overdueActions") instanceof Number n && n.intValue() > 0;
		body.append("<g class=\"actions-badge\" transform=\"translate(").append(num(x)).append(", ").append(num(y)).append(")\"><title>")
				.append(TEXT.escape(string(args, "actions", ""))).append("</title><circle r=\"10\" fill=\"")
				.append(overdue ? "#c62828" : "#3c4a8a").append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>")
				.append("<text y=\"4\" font-size=\"10\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#ffffff\">").append(open)
				.append("</text></g>");
	}
}
