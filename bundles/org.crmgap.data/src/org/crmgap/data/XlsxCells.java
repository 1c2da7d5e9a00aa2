package org.crmgap.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;

/**
 * A workbook cell as the text a CSV file would hold: numbers as written in the sheet (an integer-valued one without
 * ".0", others with all their digits), text as text, dates as ISO days (a time of day, if any, after a "T"),
 * formulas by their cached value, booleans as true/false, error values (#N/A) as shown.
 */
final class XlsxCells {

	/** Excel's built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30, and the East Asian ones). */
	private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32,
			33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
	private static final LocalDate DAY_0_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate DAY_0_1904 = LocalDate.of(1904, 1, 1);
	private static final int SECONDS_A_DAY = 86_400;
	/** Beyond this many digits a number is written in scientific notation, not spelled out. */
	private static final int PLAIN_DIGITS = 340;

	private XlsxCells() {
	}

	static String text(Cell cell, boolean date1904) {
		if (cell == null) {
			return "";
		}
		Object value = cell.getValue();
		if (value instanceof BigDecimal number) {
			return isDate(cell) ? date(number, date1904) : number(number);
		}
		if (value instanceof Boolean bool) {
			return bool.toString();
		}
		return value == null ? "" : value.toString();
	}

	static String number(BigDecimal number) {
		BigDecimal n = number.stripTrailingZeros();
		if (Math.abs(n.scale()) > PLAIN_DIGITS) {
			return n.toString(); // a hostile 1E+999999999 must not become a billion digits
		}
		return n.scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
	}

	private static boolean isDate(Cell cell) {
		Integer id = cell.getDataFormatId();
		return id != null && BUILT_IN_DATES.contains(id) || isDateFormat(cell.getDataFormatString());
	}

	/** A custom format shows a date or time when, outside quoted text, escapes and [colours], it has y, m, d, h or s. */
	static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String codes = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(java.util.Locale.ROOT);
		return codes.matches(".*[ymdhs].*") && !codes.contains("general");
	}

	private static String date(BigDecimal serial, boolean date1904) {
		BigDecimal days = serial.setScale(0, RoundingMode.FLOOR);
		long seconds = serial.subtract(days).multiply(BigDecimal.valueOf(SECONDS_A_DAY)).setScale(0, RoundingMode.HALF_UP)
				.longValueExact();
		long day = days.longValueExact();
		// the 1900 system counts a 29 February 1900 that never was: serials before it are one day off
		LocalDate base = date1904 ? DAY_0_1904 : day < 61 ? DAY_0_1900.plusDays(1) : DAY_0_1900;
		LocalDateTime at = base.plusDays(day).atStartOfDay().plusSeconds(seconds);
		return seconds == 0 ? at.toLocalDate().toString() : at.toString();
	}
}
