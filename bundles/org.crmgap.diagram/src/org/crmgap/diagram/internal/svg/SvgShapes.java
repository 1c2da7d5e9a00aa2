package org.crmgap.diagram.internal.svg;

import java.util.Locale;

/** The concepts' outlines and glyphs as the client draws them (views.tsx: outline, glyph), as SVG path data. */
final class SvgShapes {

	private SvgShapes() {
	}

	/** The outline of a node of this shape (the style table's shape, lower case) and size. */
	static String outline(String shape, double w, double h) {
		double r = 8;
		return switch (shape == null ? "rect" : shape) {
		case "person" -> f("M%s,0 H%s Q%s,0 %s,%s V%s Q%s,%s %s,%s H%s Q0,%s 0,%s V%s Q0,0 %s,0 Z", r, w - r, w, w, r, h - r, w, h, w - r, h, r,
				h, h - r, r, r);
		case "ellipse" -> f("M0,%s A%s,%s 0 1,0 %s,%s A%s,%s 0 1,0 0,%s Z", h / 2, w / 2, h / 2, w, h / 2, w / 2, h / 2, h / 2);
		case "cloud" -> f("M%s,%s C%s,%s %s,%s %s,%s C%s,%s %s,%s %s,%s C%s,%s %s,%s %s,%s Z", w * 0.15, h * 0.85, -w * 0.05, h * 0.85,
				-w * 0.02, h * 0.35, w * 0.2, h * 0.35, w * 0.22, -h * 0.05, w * 0.6, -h * 0.08, w * 0.65, h * 0.25, w * 0.95, h * 0.1,
				w * 1.05, h * 0.6, w * 0.88, h * 0.85);
		case "document" -> f("M0,0 H%s L%s,14 V%s H0 Z M%s,0 V14 H%s", w - 14, w, h, w - 14, w);
		case "building" -> f("M0,8 H%s V0 H%s V8 H%s V%s H0 Z", w * 0.3, w * 0.7, w, h);
		case "component" -> f("M10,0 H%s V%s H10 V%s H0 V%s H10 V%s H0 V%s H10 Z", w, h, h * 0.7, h * 0.55, h * 0.45, h * 0.3);
		case "arrow" -> f("M0,0 H%s L%s,%s L%s,%s H0 L12,%s Z", w - 16, w, h / 2, w - 16, h, h / 2);
		case "speech" -> f("M%s,0 H%s Q%s,0 %s,%s V%s Q%s,%s %s,%s H40 L24,%s L26,%s H%s Q0,%s 0,%s V%s Q0,0 %s,0 Z", r, w - r, w, w, r,
				h - 14 - r, w, h - 14, w - r, h - 14, h, h - 14, r, h - 14, h - 14 - r, r, r);
		case "tag" -> f("M0,0 H%s L%s,%s L%s,%s H0 Z", w - 14, w, h / 2, w - 14, h);
		case "cylinder" -> f("M0,8 A%s,8 0 0,1 %s,8 V%s A%s,8 0 0,1 0,%s Z M0,8 A%s,8 0 0,0 %s,8", w / 2, w, h - 8, w / 2, h - 8, w / 2, w);
		default -> f("M0,0 H%s V%s H0 Z", w, h);
		};
	}

	/** The small glyph at the top left (filled parts first), or empty. */
	static String glyph(String shape) {
		String line = "fill=\"none\" stroke=\"#555\" stroke-width=\"1.3\"";
		return switch (shape == null ? "" : shape) {
		case "person" -> "<circle cx=\"14\" cy=\"13\" r=\"5\" fill=\"#777\"/><path d=\"M5,28 Q14,16 23,28 Z\" fill=\"#777\"/>";
		case "building" -> "<path d=\"M6,28 V12 H22 V28 M10,16 H12 M16,16 H18 M10,21 H12 M16,21 H18\" " + line + "/>";
		case "document" -> "<path d=\"M7,10 H20 M7,15 H20 M7,20 H16\" " + line + "/>";
		case "cylinder" -> "<ellipse cx=\"14\" cy=\"16\" rx=\"7\" ry=\"3\" " + line + "/><path d=\"M7,16 V24 A7,3 0 0,0 21,24 V16\" " + line + "/>";
		default -> "";
		};
	}

	/** A number as SVG writes it: at most two decimals, no trailing zeros, the same on every locale. */
	static String num(double value) {
		String s = String.format(Locale.ROOT, "%.2f", value);
		s = s.indexOf('.') < 0 ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
		return "-0".equals(s) ? "0" : s;
	}

	private static String f(String pattern, Object... values) {
		Object[] numbers = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			numbers[i] = num(((Number) values[i]).doubleValue());
		}
		return String.format(Locale.ROOT, pattern, numbers);
	}
}
