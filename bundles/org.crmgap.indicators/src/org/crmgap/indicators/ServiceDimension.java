package org.crmgap.indicators;

import java.util.List;

/** A service-quality dimension and the survey items that measure it. */
public record ServiceDimension(String name, List<Integer> items) {

	/** The five SERVQUAL dimensions over the 22 items of the plain wide convention. */
	public static final List<ServiceDimension> SERVQUAL = List.of(
			new ServiceDimension("tangibles", List.of(1, 2, 3, 4)),
			new ServiceDimension("reliability", List.of(5, 6, 7, 8, 9)),
			new ServiceDimension("responsiveness", List.of(10, 11, 12, 13)),
			new ServiceDimension("assurance", List.of(14, 15, 16, 17)),
			new ServiceDimension("empathy", List.of(18, 19, 20, 21, 22)));
}
