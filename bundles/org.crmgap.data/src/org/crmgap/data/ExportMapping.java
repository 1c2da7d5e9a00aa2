package org.crmgap.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mapping of an export's columns in one line: runs of items shortened, {@code Q1_1..Q1_22 → E1..E22}. */
final class ExportMapping {

	private static final Pattern ITEM = Pattern.compile("([EPDA])(\\d+)");

	private ExportMapping() {
	}

	static String describe(Map<ExportColumn, String> mapping, List<ExportColumn> columns) {
		List<String> parts = new ArrayList<>();
		List<Map.Entry<ExportColumn, String>> entries = new ArrayList<>(mapping.entrySet());
		for (int i = 0; i < entries.size();) {
			int end = i;
			while (end + 1 < entries.size() && follows(entries.get(end), entries.get(end + 1))) {
				end++;
			}
			Map.Entry<ExportColumn, String> first = entries.get(i);
			Map.Entry<ExportColumn, String> last = entries.get(end);
			parts.add(end == i ? first.getKey().label() + " → " + first.getValue()
					: first.getKey().label() + ".." + last.getKey().label() + " → " + first.getValue() + ".." + last.getValue());
			i = end + 1;
		}
		int unused = columns.size() - mapping.size();
		return "mapping " + String.join(", ", parts) + (unused > 0 ? "; " + unused + " columns not used" : "");
	}

	/** Whether {@code next} continues a run: the next export column and the next item of the same battery. */
	private static boolean follows(Map.Entry<ExportColumn, String> before, Map.Entry<ExportColumn, String> next) {
		Matcher a = ITEM.matcher(before.getValue());
		Matcher b = ITEM.matcher(next.getValue());
		return next.getKey().index() == before.getKey().index() + 1 && a.matches() && b.matches()
				&& a.group(1).equals(b.group(1)) && Integer.parseInt(b.group(2)) == Integer.parseInt(a.group(2)) + 1;
	}
}
