package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.crmgap.data.DataTable;

/** Which items and dimensions a customer survey table actually has columns for (absent columns are dropped). */
record SurveyLayout(DataTable table, List<ServiceDimension> dimensions, List<ItemColumns> items) {

	static SurveyLayout of(DataTable table, List<ServiceDimension> all) {
		List<ServiceDimension> present = new ArrayList<>();
		List<ItemColumns> items = new ArrayList<>();
		for (ServiceDimension dimension : all) {
			List<ItemColumns> answered = dimension.items().stream().map(c -> present(table, c))
					.filter(c -> c.expectation() != null && c.perception() != null).toList();
			if (!answered.isEmpty()) {
				present.add(new ServiceDimension(dimension.name(), answered));
				items.addAll(answered);
			}
		}
		items.sort(Comparator.comparingInt(ItemColumns::item));
		return new SurveyLayout(table, List.copyOf(present), List.copyOf(items));
	}

	private static ItemColumns present(DataTable table, ItemColumns c) {
		Function<String, String> keep = column -> column != null && table.has(column) ? column : null;
		// the managers' column lives in another table: the knowledge-gap query checks it there
		return new ItemColumns(c.item(), keep.apply(c.expectation()), keep.apply(c.perception()), keep.apply(c.desired()),
				keep.apply(c.adequate()), c.manager());
	}

	String dimensionOf(int item) {
		return dimensions.stream().filter(d -> d.numbers().contains(item)).findFirst().orElseThrow().name();
	}
}
