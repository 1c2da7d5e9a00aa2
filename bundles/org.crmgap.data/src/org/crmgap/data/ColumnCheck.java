package org.crmgap.data;

/**
 * What the values of a numeric column must be: a number within {@code min..max}, and a whole number when
 * {@code wholeNumbers}. Other values are excluded (NULL) and counted.
 */
public record ColumnCheck(double min, double max, boolean wholeNumbers) {

	/** Answers on a scale: within it, whole numbers unless the scale is continuous. */
	public static ColumnCheck answers(Scale scale) {
		return new ColumnCheck(scale.min(), scale.max(), !scale.continuous());
	}

	/** Importance points: any number from 0 up. */
	public static ColumnCheck points() {
		return new ColumnCheck(0, Double.MAX_VALUE, false);
	}

	/** Measurements: any number. */
	public static ColumnCheck anyNumber() {
		return new ColumnCheck(-Double.MAX_VALUE, Double.MAX_VALUE, false);
	}

	boolean bounded() {
		return min > -Double.MAX_VALUE || max < Double.MAX_VALUE;
	}

	/** "1..7", "0..", "" (SQL-safe: numbers only). */
	String rangeText() {
		return (min > -Double.MAX_VALUE ? format(min) : "") + ".." + (max < Double.MAX_VALUE ? format(max) : "");
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
