package org.crmgap.diagram.internal.svg;

import static org.crmgap.diagram.internal.svg.SvgShapes.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.MarkedDiagrams.Mark;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.model.Severity;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/**
 * Edges as the client draws them (views.tsx ArrowEdgeView, crmgap.css): a polyline through the edge's routing points or,
 * without any, an orthogonal route like GLSP's Manhattan router; an arrow head at the target; gaps thick, dashed and in
 * their severity's colour, with their label placed along the route where it covers no node and no other gap label.
 */
final class SvgEdges {

	private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
	private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
	private static final String RELATION_COLOUR = "#7a7a7a";
	private static final String MISSING_COLOUR = "#b8bcc2";

	/** x, y, width, height of each element in the drawing's coordinates. */
	private final Map<String, double[]> bounds;
	/** Boxes labels keep off: nodes (of a container only its header) and the labels placed so far. */
	private final List<double[]> obstacles;

	SvgEdges(Map<String, double[]> bounds, List<double[]> obstacles) {
		this.bounds = bounds;
		this.obstacles = obstacles;
	}

	void write(GEdge edge, StringBuilder out) {
		List<double[]> route = route(edge);
		if (route.size() < 2) {
			return;
		}
		Severity severity = severity(edge);
		boolean gap = edge.getCssClasses().contains("gap");
		boolean missing = edge.getCssClasses().contains("figure-missing");
		Mark mark = DiffMarks.of(edge);
		String colour = mark != null ? mark.colour() : missing ? MISSING_COLOUR : gap ? GapStyle.colour(severity) : RELATION_COLOUR;
		String width = mark != null ? "4" : missing ? "2" : gap ? "3" : "1.2";
		String dash = missing ? "3 5" : !gap ? null : severity == Severity.NOT_JUDGED ? "2 4" : "8 4";
		out.append("<g id=\"").append(ATTRIBUTE.escape(edge.getId())).append("\" class=\"edge").append(gap ? " gap" : "").append(DiffMarks.classes(edge))
				.append("\" data-type=\"").append(ATTRIBUTE.escape(edge.getType())).append('"');
		if (gap) {
			out.append(" data-severity=\"").append(severity.getLiteral()).append('"');
		}
		out.append('>');
		Object tooltip = edge.getArgs().get("tooltip");
		if (tooltip instanceof String text) {
			out.append("<title>").append(TEXT.escape(text)).append("</title>");
		}
		out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width).append('"');
		if (dash != null) {
			out.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		out.append(" points=\"");
		for (int i = 0; i < route.size(); i++) {
			out.append(i == 0 ? "" : " ").append(num(route.get(i)[0])).append(',').append(num(route.get(i)[1]));
		}
		out.append("\"/>");
		double[] p1 = route.get(route.size() - 2);
		double[] p2 = route.get(route.size() - 1);
		double angle = Math.toDegrees(Math.atan2(p2[1] - p1[1], p2[0] - p1[0]));
		out.append("<path d=\"M0,0 L-10,-5 L-10,5 Z\" fill=\"").append(colour).append("\" transform=\"translate(").append(num(p2[0]))
				.append(',').append(num(p2[1])).append(") rotate(").append(num(angle)).append(")\"/>");
		if (gap) {
			for (GModelElement child : edge.getChildren()) {
				if (child instanceof GLabel label) {
					label(label, route, severity, out);
				}
			}
		}
		out.append("</g>\n");
	}

	private static Severity severity(GEdge edge) {
		Severity severity = edge.getArgs().get("severity") instanceof String literal ? Severity.get(literal) : null;
		return severity == null ? Severity.UNKNOWN : severity;
	}

	/** The gap's label at the first place along the route, from the middle outwards, that covers nothing. */
	private void label(GLabel label, List<double[]> route, Severity severity, StringBuilder out) {
		double width = label.getText().length() * 6.8 + 6;
		double height = 16;
		double[] at = along(route, 0.5);
		for (double t : new double[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9 }) {
			double[] p = along(route, t);
			double[] box = { p[0] - width / 2, p[1] - height / 2, width, height };
			if (obstacles.stream().noneMatch(o -> meets(o, box))) {
				at = p;
				break;
			}
		}
		obstacles.add(new double[] { at[0] - width / 2, at[1] - height / 2, width, height });
		out.append("<text x=\"").append(num(at[0])).append("\" y=\"").append(num(at[1] + 4)).append("\" text-anchor=\"middle\" font-size=\"11\"")
				.append(" font-weight=\"600\" fill=\"").append(GapStyle.textColour(severity)).append("\">").append(TEXT.escape(label.getText()))
				.append("</text>");
		// the open actions on the gap, left of the centred text as on the page
		SvgFigure.badge(label.getArgs(), at[0] - width / 2 - 8, at[1], out);
	}

	static boolean meets(double[] a, double[] b) {
		return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
	}

	private static double[] along(List<double[]> route, double t) {
		double total = 0;
		for (int i = 1; i < route.size(); i++) {
			total += Math.hypot(route.get(i)[0] - route.get(i - 1)[0], route.get(i)[1] - route.get(i - 1)[1]);
		}
		double rest = t * total;
		for (int i = 1; i < route.size(); i++) {
			double[] a = route.get(i - 1);
			double[] b = route.get(i);
			double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
			if (rest <= length || i == route.size() - 1) {
				double f = length > 0 ? Math.min(1, rest / length) : 0;
				return new double[] { a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]) };
			}
			rest -= length;
		}
		return route.get(0);
	}

	/** The routing points between the ends, or an orthogonal route between the two boxes' sides facing each other. */
	private List<double[]> route(GEdge edge) {
		double[] s = bounds.get(edge.getSourceId());
		double[] t = bounds.get(edge.getTargetId());
		List<double[]> route = new ArrayList<>();
		if (s == null || t == null) {
			return route;
		}
		if (!edge.getRoutingPoints().isEmpty()) {
			for (GPoint p : edge.getRoutingPoints()) {
				route.add(new double[] { p.getX(), p.getY() });
			}
			// a stored route starts and ends on its boxes' borders already (no zero-length leg: the arrow's angle comes from it)
			if (!onBorder(s, route.get(0))) {
				route.add(0, anchor(s, route.get(0)));
			}
			if (!onBorder(t, route.get(route.size() - 1))) {
				route.add(anchor(t, route.get(route.size() - 1)));
			}
			return route;
		}
		double[] sc = centre(s);
		double[] tc = centre(t);
		if (t[1] >= s[1] + s[3] || t[1] + t[3] <= s[1]) {
			boolean down = t[1] >= s[1] + s[3];
			double sy = down ? s[1] + s[3] : s[1];
			double ty = down ? t[1] : t[1] + t[3];
			double mid = (sy + ty) / 2;
			route.add(new double[] { sc[0], sy });
			if (Math.abs(sc[0] - tc[0]) >= 1) {
				route.add(new double[] { sc[0], mid });
				route.add(new double[] { tc[0], mid });
			}
			route.add(new double[] { tc[0], ty });
		} else if (t[0] >= s[0] + s[2] || t[0] + t[2] <= s[0]) {
			boolean right = t[0] >= s[0] + s[2];
			double sx = right ? s[0] + s[2] : s[0];
			double tx = right ? t[0] : t[0] + t[2];
			double mid = (sx + tx) / 2;
			route.add(new double[] { sx, sc[1] });
			if (Math.abs(sc[1] - tc[1]) >= 1) {
				route.add(new double[] { mid, sc[1] });
				route.add(new double[] { mid, tc[1] });
			}
			route.add(new double[] { tx, tc[1] });
		} else {
			route.add(sc);
			route.add(tc);
		}
		return route;
	}

	/** Where a straight line across or along the box towards the bend point leaves the box, as the client's Manhattan router draws it. */
	private static double[] anchor(double[] box, double[] bend) {
		if (bend[0] >= box[0] && bend[0] <= box[0] + box[2]) {
			return new double[] { bend[0], bend[1] >= box[1] + box[3] / 2 ? box[1] + box[3] : box[1] };
		}
		if (bend[1] >= box[1] && bend[1] <= box[1] + box[3]) {
			return new double[] { bend[0] >= box[0] + box[2] / 2 ? box[0] + box[2] : box[0], bend[1] };
		}
		return centre(box);
	}

	private static boolean onBorder(double[] box, double[] p) {
		boolean inX = p[0] >= box[0] - 0.5 && p[0] <= box[0] + box[2] + 0.5;
		boolean inY = p[1] >= box[1] - 0.5 && p[1] <= box[1] + box[3] + 0.5;
		boolean edgeX = Math.abs(p[0] - box[0]) <= 0.5 || Math.abs(p[0] - box[0] - box[2]) <= 0.5;
		boolean edgeY = Math.abs(p[1] - box[1]) <= 0.5 || Math.abs(p[1] - box[1] - box[3]) <= 0.5;
		return inX && inY && (edgeX || edgeY);
	}

	private static double[] centre(double[] box) {
		return new double[] { box[0] + box[2] / 2, box[1] + box[3] / 2 };
	}
}
