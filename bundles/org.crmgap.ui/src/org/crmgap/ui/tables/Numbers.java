package org.crmgap.ui.tables;

import java.util.Locale;

/** How the editor's tables write numbers, as {@code crmgap analyze} prints them: values to three decimals, p to four. */
public final class Numbers {

	private Numbers() {
	}

	/** A value to three decimals; "–" when there is none. */
	public static String value(Double value) {
		return value == null ? "\u2013" : String.format(Locale.ROOT, "%.3f", value);
	}

	/** A p-value to four decimals, "<0.0001" below that; "" when there is none. */
	public static String p(Double p) {
		return p == null ? "" : p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
	}
}
