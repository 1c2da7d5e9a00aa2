package org.crmgap.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a data file must hold: the required columns with what each one is (for the message when it is
 * missing), the check of each numeric column (null for text), an optional key column whose values must be
 * present and unique, and the column holding the respondents' segments (null: none; used when the file has
 * it). The caller knows what the columns mean; this class never guesses it from their names, except for the
 * documented plain wide survey convention.
 */
public record ColumnRules(Map<String, String> required, Function<String, ColumnCheck> checks, String uniqueKey,
		String segment) {

	/** Answer columns of the plain wide convention (E1, P1, D1, A1, M1, VALUE_E1, VALUE_P1). */
	private static final Pattern SCALE_COLUMN = Pattern.compile("([EPDAM]|VALUE_[EP])\\d+");
	/** Importance points of the plain wide convention (W_tangibles, ...). */
	private static final Pattern POINTS_COLUMN = Pattern.compile("W_\\w+");

	public ColumnRules {
		required = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(required));
	}

	/** The plain wide survey of {@code crmgap survey}: respondent, segment, E1.., P1.., D1.., A1.., W_<dimension>, M1... */
	public static ColumnRules wideSurvey(Scale scale) {
		ColumnCheck answers = ColumnCheck.answers(scale);
		return new ColumnRules(Map.of("respondent", "the respondent id"), column -> {
			if (SCALE_COLUMN.matcher(column).matches()) {
				return answers;
			}
			return POINTS_COLUMN.matcher(column).matches() ? ColumnCheck.points() : null;
		}, "respondent", "segment");
	}

	/**
	 * A survey whose columns the model names: the respondent column, the segment column, and each answer or
	 * points column with its check and what it is. Every one of them is required. When no segment column is
	 * named, a column called {@code segment} is used if the file has one.
	 */
	public static ColumnRules survey(String respondent, String segment, Map<String, ColumnCheck> checks,
			Map<String, String> described) {
		Map<String, String> required = new LinkedHashMap<>();
		required.put(respondent, "the respondent id");
		if (segment != null) {
			required.put(segment, "the segment");
		}
		required.putAll(described);
		Map<String, ColumnCheck> copy = Map.copyOf(checks);
		return new ColumnRules(required, copy::get, respondent, segment != null ? segment : "segment");
	}

	/** A long table such as KPI measurements: named columns (column → what it is), some of them numbers of any size. */
	public static ColumnRules longTable(Map<String, String> required, List<String> numeric) {
		return new ColumnRules(required, column -> numeric.contains(column) ? ColumnCheck.anyNumber() : null, null, null);
	}
}
