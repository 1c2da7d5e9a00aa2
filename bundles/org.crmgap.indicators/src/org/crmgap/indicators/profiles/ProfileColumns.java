package org.crmgap.indicators.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.crmgap.data.ColumnCheck;
import org.crmgap.data.ColumnRules;
import org.crmgap.data.DataTable;
import org.crmgap.data.Scale;
import org.crmgap.indicators.ItemColumns;
import org.crmgap.indicators.ServiceDimension;

/**
 * The columns a profile discovery reads: the items it clusters on and what each one is about (the theme that names a
 * profile), and the rules to load a plain wide survey for it. Relationship-bond items follow the plain wide convention
 * {@code BOND_<name>} (e.g. {@code BOND_financial}, {@code BOND_social}: how much the respondent values that bond, on
 * the answer scale).
 */
public final class ProfileColumns {

	/** Relationship-bond items of the plain wide convention. */
	public static final Pattern BOND_COLUMN = Pattern.compile("BOND_(\\w+)");
	/** The respondent column of the plain wide convention. */
	public static final String RESPONDENT = "respondent";

	private ProfileColumns() {
	}

	/**
	 * The rules to load a plain wide survey for profile discovery: those of {@code crmgap survey}, the bond items and
	 * every chosen item checked as answers on {@code scale} (required when chosen), and {@code segmentColumn} (required
	 * when given; null: a column called {@code segment} when the file has one).
	 */
	public static ColumnRules wideSurvey(Scale scale, String segmentColumn, List<String> items) {
		ColumnRules wide = ColumnRules.wideSurvey(scale);
		ColumnCheck answers = ColumnCheck.answers(scale);
		Map<String, String> required = new LinkedHashMap<>(wide.required());
		if (segmentColumn != null) {
			required.put(segmentColumn, "the segment column to compare the profiles with");
		}
		for (String item : items) {
			required.putIfAbsent(item, "an item chosen to cluster on");
		}
		Function<String, ColumnCheck> checks = column -> {
			ColumnCheck check = wide.checks().apply(column);
			if (check != null) {
				return check;
			}
			return items.contains(column) || BOND_COLUMN.matcher(column).matches() ? answers : null;
		};
		return new ColumnRules(required, checks, wide.uniqueKey(), segmentColumn != null ? segmentColumn : wide.segment());
	}

	/**
	 * The default items: the expectation column of every item of {@code dimensions} the table has (in item order), then
	 * its relationship-bond columns (in file order).
	 */
	public static List<String> defaultItems(DataTable table, List<ServiceDimension> dimensions) {
		List<String> items = new ArrayList<>();
		dimensions.stream().flatMap(d -> d.items().stream()).sorted(java.util.Comparator.comparingInt(ItemColumns::item))
				.map(ItemColumns::expectation).filter(c -> c != null && table.has(c)).forEach(items::add);
		table.columns().stream().filter(c -> BOND_COLUMN.matcher(c).matches() && !items.contains(c)).forEach(items::add);
		return items;
	}

	/**
	 * What an item column is about, to name the profiles it sets apart: "Reliability expectations" for an expectation
	 * column of the dimension reliability (perceptions, desired and adequate levels likewise), "social bond" for
	 * {@code BOND_social}, else the column's name.
	 */
	public static String theme(String column, List<ServiceDimension> dimensions) {
		for (ServiceDimension dimension : dimensions) {
			String name = capitalised(dimension.name());
			for (ItemColumns item : dimension.items()) {
				if (column.equals(item.expectation())) {
					return name + " expectations";
				} else if (column.equals(item.perception())) {
					return name + " perceptions";
				} else if (column.equals(item.desired())) {
					return name + " desired levels";
				} else if (column.equals(item.adequate())) {
					return name + " adequate levels";
				}
			}
		}
		var bond = BOND_COLUMN.matcher(column);
		return bond.matches() ? bond.group(1).replace('_', ' ') + " bond" : column;
	}

	/** Whether the column is an expectation column of one of the dimensions. */
	static boolean isExpectation(String column, List<ServiceDimension> dimensions) {
		return dimensions.stream().flatMap(d -> d.items().stream()).anyMatch(i -> column.equals(i.expectation()));
	}

	private static String capitalised(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}
}
