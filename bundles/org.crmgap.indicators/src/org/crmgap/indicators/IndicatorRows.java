package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;
import org.eclipse.emf.ecore.EObject;

/** Collects indicator rows, computing each row's severity from the model's thresholds. */
final class IndicatorRows {

	private final Severities severities;
	private final List<Indicator> rows = new ArrayList<>();
	private final java.util.Map<Indicator, Double> badness = new java.util.IdentityHashMap<>();

	IndicatorRows(Severities severities) {
		this.severities = severities;
	}

	/** Adds a row; {@code badness} is how far the value is on the bad side (see {@link Severities#of}). */
	void add(GapKind kind, EObject element, String segment, String name, Double value, Double ciLow, Double ciHigh,
			Double p, long n, Double badness) {
		Severity severity = badness == null && value == null ? Severity.UNKNOWN
				: badness == null ? Severity.OK : severities.of(kind, null, badness, p);
		Indicator row = new Indicator(kind, Elements.label(element), Elements.id(element), segment, name, value, ciLow,
				ciHigh, p, n, severity);
		rows.add(row);
		this.badness.put(row, badness);
	}

	/** A row that only informs (no threshold applies). */
	void info(GapKind kind, EObject element, String segment, String name, Double value, long n) {
		rows.add(new Indicator(kind, Elements.label(element), Elements.id(element), segment, name, value, null, null, null,
				n, value == null ? Severity.UNKNOWN : Severity.OK));
	}

	/** How far a row's value is on the bad side, for severities with a gap's own thresholds. */
	Double badness(Indicator row) {
		return badness.get(row);
	}

	List<Indicator> list() {
		return List.copyOf(rows);
	}

	/** How far a gap on the scale is below zero (0 when at or above). */
	static Double below(Double gap) {
		return gap == null ? null : Math.max(0, -gap);
	}

	/** How far a share falls short of 1. */
	static Double shortOfOne(Double share) {
		return share == null ? null : Math.max(0, 1 - share);
	}
}
