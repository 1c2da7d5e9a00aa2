package org.crmgap.diagram.internal.svg;

import static org.crmgap.diagram.internal.svg.SvgShapes.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.MarkedDiagrams.Mark;
import org.crmgap.diagram.internal.figure.FigureTypes;
import org.crmgap.diagram.internal.glsp.GapGModelFactory;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.model.Severity;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/**
 * A laid-out GModel as one SVG document that looks like what the client draws (views.tsx, figure.tsx and their CSS),
 * with the colours as attributes so it needs no style sheet. Every text from the model goes through Guava's XML escapers.
 */
public final class SvgWriter {

	private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
	private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
	private static final double MARGIN = 20;
	/** A container's header (its name): labels may cover the rest of it, which is its content. */
	private static final double HEADER = 52;

	private final Map<String, double[]> bounds = new LinkedHashMap<>();
	private final List<double[]> obstacles = new ArrayList<>();
	private final StringBuilder out = new StringBuilder(64 * 1024);

	private SvgWriter() {
	}

	/** The SVG of the graph; {@code title} names it (the diagram's name). */
	public static String write(GModelRoot root, String title) {
		return new SvgWriter().svg(root, title);
	}

	private String svg(GModelRoot root, String title) {
		root.getChildren().forEach(child -> measure(child, 0, 0));
		StringBuilder body = new StringBuilder();
		SvgEdges edges = new SvgEdges(bounds, obstacles);
		for (GModelElement child : root.getChildren()) {
			if (child instanceof GEdge edge) {
				edges.write(edge, body);
			} else if (child instanceof GNode node) {
				node(node, body);
			}
		}
		double[] box = extent();
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(num(box[0])).append(' ').append(num(box[1])).append(' ')
				.append(num(box[2])).append(' ').append(num(box[3])).append("\" width=\"").append(num(box[2])).append("\" height=\"")
				.append(num(box[3])).append("\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" role=\"img\" aria-label=\"")
				.append(ATTRIBUTE.escape(title)).append("\">\n<title>").append(TEXT.escape(title)).append("</title>\n<rect x=\"")
				.append(num(box[0])).append("\" y=\"").append(num(box[1])).append("\" width=\"100%\" height=\"100%\" fill=\"#fbfbfc\"/>\n");
		out.append(body).append("</svg>\n");
		return out.toString();
	}

	/** Each element's box in the drawing's coordinates (positions are relative to the parent); nodes are obstacles. */
	private void measure(GModelElement element, double x, double y) {
		if (!(element instanceof GBoundsAware aware) || element instanceof GLabel || aware.getPosition() == null) {
			return;
		}
		double ax = x + aware.getPosition().getX();
		double ay = y + aware.getPosition().getY();
		double[] box = { ax, ay, aware.getSize() == null ? 0 : aware.getSize().getWidth(), aware.getSize() == null ? 0 : aware.getSize().getHeight() };
		bounds.put(element.getId(), box);
		if (element instanceof GNode && !FigureTypes.BAND.equals(element.getType()) && !FigureTypes.DIVIDER.equals(element.getType())) {
			boolean container = element.getChildren().stream().anyMatch(GNode.class::isInstance);
			obstacles.add(container ? new double[] { ax, ay, box[2], Math.min(HEADER, box[3]) } : box);
		}
		element.getChildren().forEach(child -> measure(child, ax, ay));
	}

	/** The drawing's extent with a margin: x, y, width, height. */
	private double[] extent() {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (double[] b : bounds.values()) {
			minX = Math.min(minX, b[0]);
			minY = Math.min(minY, b[1]);
			maxX = Math.max(maxX, b[0] + b[2]);
			maxY = Math.max(maxY, b[1] + b[3]);
		}
		for (double[] b : obstacles) {
			maxX = Math.max(maxX, b[0] + b[2]);
			maxY = Math.max(maxY, b[1] + b[3]);
		}
		if (bounds.isEmpty()) {
			return new double[] { 0, 0, 2 * MARGIN, 2 * MARGIN };
		}
		return new double[] { minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN };
	}

	private void node(GNode node, StringBuilder body) {
		if (FigureTypes.PORT.equals(node.getType())) {
			return;
		}
		double w = node.getSize().getWidth();
		double h = node.getSize().getHeight();
		body.append("<g id=\"").append(ATTRIBUTE.escape(node.getId())).append("\" class=\"node").append(DiffMarks.classes(node))
				.append("\" data-type=\"").append(ATTRIBUTE.escape(node.getType()))
				.append("\" data-width=\"").append(num(w)).append("\" data-height=\"").append(num(h)).append("\" transform=\"translate(")
				.append(num(node.getPosition().getX())).append(',').append(num(node.getPosition().getY())).append(")\">");
		String type = node.getType();
		if (FigureTypes.BAND.equals(type) || FigureTypes.DIVIDER.equals(type) || FigureTypes.TAG.equals(type)) {
			SvgFigure.node(node, w, h, body);
		} else if (FigureTypes.BOX.equals(type) || FigureTypes.PART.equals(type)) {
			SvgFigure.box(node, w, h, body);
		} else {
			concept(node, w, h, body);
		}
		for (GModelElement child : node.getChildren()) {
			if (child instanceof GNode nested) {
				node(nested, body);
			}
		}
		body.append("</g>\n");
	}

	/** A concept node: outline in the style table's colours, the worst severity as a bar, glyph, name and detail line. */
	private static void concept(GNode node, double w, double h, StringBuilder body) {
		EMap<String, Object> args = node.getArgs();
		String shape = string(args, "shape", "rect");
		body.append("<title>").append(TEXT.escape(string(args, "name", node.getId()))).append("</title><path d=\"").append(SvgShapes.outline(shape, w, h))
				.append("\" fill=\"").append(ATTRIBUTE.escape(string(args, "fill", "#fff"))).append("\" stroke=\"")
				.append(ATTRIBUTE.escape(string(args, "stroke", "#333"))).append("\" stroke-width=\"1.5\"/>");
		if (args.get("severity") instanceof String literal && Severity.get(literal) != null) {
			body.append("<rect x=\"0\" y=\"").append(num(h - 5)).append("\" width=\"").append(num(w)).append("\" height=\"5\" fill=\"")
					.append(GapStyle.colour(Severity.get(literal))).append("\"/>");
		}
		if (DiffMarks.of(node) instanceof Mark mark) {
			body.append("<path d=\"").append(SvgShapes.outline(shape, w, h)).append("\" fill=\"none\" stroke=\"").append(mark.colour())
					.append("\" stroke-width=\"5\" stroke-opacity=\"0.8\"/>");
		}
		body.append(SvgShapes.glyph(shape));
		for (GModelElement child : node.getChildren()) {
			if (child instanceof GLabel label && label.getPosition() != null) {
				boolean name = GapGModelFactory.NAME_LABEL.equals(label.getType());
				body.append("<text x=\"").append(num(label.getPosition().getX())).append("\" y=\"").append(num(label.getPosition().getY()))
						.append(name ? "\" font-size=\"12\" font-weight=\"600\" fill=\"#1b1b1b\">" : "\" font-size=\"11\" fill=\"#555\">")
						.append(TEXT.escape(label.getText())).append("</text>");
			}
		}
	}

	static String string(EMap<String, Object> args, String key, String otherwise) {
		return args.get(key) instanceof String value ? value : otherwise;
	}
}
