package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.SurveyTable;

/** Which items and dimensions a survey table actually has columns for. */
record SurveyLayout(SurveyTable table, List<ServiceDimension> dimensions, List<Integer> items) {

	static SurveyLayout of(SurveyTable table, List<ServiceDimension> all) {
		List<ServiceDimension> present = new ArrayList<>();
		List<Integer> items = new ArrayList<>();
		for (ServiceDimension dimension : all) {
			List<Integer> answered = dimension.items().stream()
					.filter(i -> table.has("E" + i) && table.has("P" + i)).toList();
			if (!answered.isEmpty()) {
				present.add(new ServiceDimension(dimension.name(), answered));
				items.addAll(answered);
			}
		}
		items.sort(null);
		return new SurveyLayout(table, List.copyOf(present), List.copyOf(items));
	}

	boolean has(String prefix, int item) {
		return table.has(prefix + item);
	}

	String dimensionOf(int item) {
		return dimensions.stream().filter(d -> d.items().contains(item)).findFirst().orElseThrow().name();
	}
}
