package org.crmgap.report;

import java.util.List;

import org.crmgap.indicators.Indicator;

/**
 * Indicators as CSV (RFC 4180). Text cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) get a leading apostrophe; numbers are written as numbers.
 */
public final class IndicatorCsv {

	private IndicatorCsv() {
	}

	public static String write(List<Indicator> indicators) {
		StringBuilder csv = new StringBuilder("kind,element,segment,indicator,value,ci_low,ci_high,p,n,severity\r\n");
		for (Indicator i : indicators) {
			csv.append(String.join(",", text(i.kind().getLiteral()), text(i.element()), text(i.segment()), text(i.name()),
					number(i.value()), number(i.ciLow()), number(i.ciHigh()), number(i.p()), String.valueOf(i.n()),
					text(i.severity().getLiteral()))).append("\r\n");
		}
		return csv.toString();
	}

	static String text(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String number(Double value) {
		return value == null ? "" : String.valueOf(value);
	}
}
