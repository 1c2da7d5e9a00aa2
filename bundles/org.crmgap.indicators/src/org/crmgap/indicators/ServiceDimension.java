package org.crmgap.indicators;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A service-quality dimension, the survey items that measure it and the column of the importance points
 * given to it (null when none are collected).
 */
public record ServiceDimension(String name, List<ItemColumns> items, String weightColumn) {

	/** The five SERVQUAL dimensions over the 22 items of the plain wide convention, points in {@code W_<name>}. */
	public static final List<ServiceDimension> SERVQUAL = List.of(wide("tangibles", 1, 4), wide("reliability", 5, 9),
			wide("responsiveness", 10, 13), wide("assurance", 14, 17), wide("empathy", 18, 22));

	private static ServiceDimension wide(String name, int first, int last) {
		return new ServiceDimension(name, IntStream.rangeClosed(first, last).mapToObj(ItemColumns::wide).toList(), "W_" + name);
	}

	List<Integer> numbers() {
		return items.stream().map(ItemColumns::item).toList();
	}
}
