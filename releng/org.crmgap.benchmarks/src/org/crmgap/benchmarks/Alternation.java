package org.crmgap.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times named variants in rounds, each round in a rotated order (so no variant always runs first, on a cold cache or
 * right after another's garbage), after untimed warm-up rounds; reports each variant's median.
 */
final class Alternation {

	@FunctionalInterface
	interface Timed {
		void run() throws Exception;
	}

	private final Map<String, Timed> variants = new LinkedHashMap<>();

	Alternation add(String name, Timed timed) {
		variants.put(name, timed);
		return this;
	}

	/** Median milliseconds of each variant, in the order added. */
	Map<String, Double> medians(int warmup, int runs) throws Exception {
		List<String> names = new ArrayList<>(variants.keySet());
		Map<String, List<Double>> times = new LinkedHashMap<>();
		names.forEach(n -> times.put(n, new ArrayList<>()));
		for (int round = 0; round < warmup + runs; round++) {
			for (int k = 0; k < names.size(); k++) {
				String name = names.get((k + round) % names.size());
				System.gc();
				long start = System.nanoTime();
				variants.get(name).run();
				double ms = (System.nanoTime() - start) / 1e6;
				if (round >= warmup) {
					times.get(name).add(ms);
				}
			}
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		times.forEach((name, list) -> medians.put(name, median(list)));
		return medians;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
