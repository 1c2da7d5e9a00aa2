package org.crmgap.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a CSV file must hold: required columns, the numeric range of each numeric column (null for text),
 * an optional key column whose values must be present and unique, and aliases (view name → file column).
 */
public record ColumnRules(List<String> required, Function<String, double[]> ranges, String uniqueKey,
		Map<String, String> aliases) {

	/** The plain wide survey: a unique respondent, answers on the scale, importance points from 0 up. */
	public static ColumnRules wideSurvey(Scale scale) {
		return wideSurvey(scale, "respondent", "segment");
	}

	/**
	 * A wide survey whose respondent and segment columns have other names; the view shows them as
	 * {@code respondent} and {@code segment}.
	 */
	public static ColumnRules wideSurvey(Scale scale, String respondent, String segment) {
		Map<String, String> aliases = new HashMap<>();
		if (!respondent.equals("respondent")) {
			aliases.put("respondent", respondent);
		}
		if (segment != null && !segment.equals("segment")) {
			aliases.put("segment", segment);
		}
		return new ColumnRules(List.of(respondent), column -> {
			if (WideCsvLoader.SCALE_COLUMN.matcher(column).matches()) {
				return new double[] { scale.min(), scale.max() };
			}
			return WideCsvLoader.POINTS_COLUMN.matcher(column).matches() ? new double[] { 0, Double.MAX_VALUE } : null;
		}, respondent, Map.copyOf(aliases));
	}

	/** A long table such as KPI measurements: named columns, some of them numbers of any size. */
	public static ColumnRules longTable(List<String> required, List<String> numeric) {
		return new ColumnRules(required, column -> numeric.contains(column)
				? new double[] { -Double.MAX_VALUE, Double.MAX_VALUE } : null, null, Map.of());
	}
}
