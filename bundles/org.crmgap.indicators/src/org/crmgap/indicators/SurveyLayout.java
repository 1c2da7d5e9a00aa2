package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crmgap.data.DataTable;

/**
 * Which items and dimensions of an instrument a customer survey table has columns for, and what is missing.
 * Only a complete survey (every item with its expectation and perception, every dimension with items) has a
 * SERVQUAL score: a partial one is never labelled as the instrument's score.
 */
record SurveyLayout(DataTable table, List<ServiceDimension> dimensions, List<ItemColumns> items, List<String> missing) {

	static SurveyLayout of(DataTable table, List<ServiceDimension> all) {
		List<ServiceDimension> present = new ArrayList<>();
		List<ItemColumns> items = new ArrayList<>();
		List<Integer> unanswerable = new ArrayList<>();
		List<String> empty = new ArrayList<>();
		for (ServiceDimension dimension : all) {
			List<ItemColumns> answered = new ArrayList<>();
			for (ItemColumns item : dimension.items()) {
				ItemColumns kept = present(table, item);
				if (kept.expectation() != null && kept.perception() != null) {
					answered.add(kept);
				} else {
					unanswerable.add(item.item());
				}
			}
			if (answered.isEmpty()) {
				empty.add(dimension.name());
			} else {
				String weight = dimension.weightColumn() != null && table.has(dimension.weightColumn()) ? dimension.weightColumn()
						: null;
				present.add(new ServiceDimension(dimension.name(), List.copyOf(answered), weight));
				items.addAll(answered);
			}
		}
		items.sort(Comparator.comparingInt(ItemColumns::item));
		List<String> missing = new ArrayList<>();
		if (!unanswerable.isEmpty()) {
			missing.add(table.fingerprint().file() + ": no expectation and perception columns for item(s) "
					+ ranges(unanswerable));
		}
		if (!empty.isEmpty()) {
			missing.add("dimension(s) without answered items: " + String.join(", ", empty));
		}
		return new SurveyLayout(table, List.copyOf(present), List.copyOf(items), List.copyOf(missing));
	}

	/** Every item and dimension of the instrument is answered. */
	boolean complete() {
		return missing.isEmpty();
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

	/** "2-4, 7, 9-22". */
	static String ranges(List<Integer> numbers) {
		List<Integer> sorted = numbers.stream().sorted().toList();
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < sorted.size();) {
			int j = i;
			while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
				j++;
			}
			parts.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "-" + sorted.get(j));
			i = j + 1;
		}
		return parts.stream().collect(Collectors.joining(", "));
	}
}
