package org.crmgap.indicators;

import java.util.List;
import java.util.stream.IntStream;

/** A service-quality dimension and the survey items that measure it. */
public record ServiceDimension(String name, List<ItemColumns> items) {

	/** The five SERVQUAL dimensions over the 22 items of the plain wide convention. */
	public static final List<ServiceDimension> SERVQUAL = List.of(wide("tangibles", 1, 4), wide("reliability", 5, 9),
			wide("responsiveness", 10, 13), wide("assurance", 14, 17), wide("empathy", 18, 22));

	private static ServiceDimension wide(String name, int first, int last) {
		return new ServiceDimension(name, IntStream.rangeClosed(first, last).mapToObj(ItemColumns::wide).toList());
	}

	List<Integer> numbers() {
		return items.stream().map(ItemColumns::item).toList();
	}
}
