package org.crmgap.report;

import java.util.Locale;

/** Escaping and number formats for the report (and {@code diff --format html}): every text from the model or the data goes through {@link #text}. */
public final class Html {

	private Html() {
	}

	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		String s = String.valueOf(value);
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (char c : s.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	static String num(Double value) {
		return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
	}

	static String p(Double value) {
		return value == null ? "" : value < 0.0001 ? "&lt; 0.0001" : String.format(Locale.ROOT, "%.4f", value);
	}
}
