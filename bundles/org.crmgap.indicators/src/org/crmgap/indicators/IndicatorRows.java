package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;
import org.eclipse.emf.ecore.EObject;

/** Collects indicator rows, computing each row's severity from the model's thresholds. */
final class IndicatorRows {

	/** How a row is judged: how far it is on the bad side, whether a test applies to it, what it was computed from. */
	private record Judgement(Double badness, BadSide side, boolean tested, Sample sample) {
	}

	private final Severities severities;
	private final List<Indicator> rows = new ArrayList<>();
	private final Map<Indicator, Judgement> judgements = new IdentityHashMap<>();

	IndicatorRows(Severities severities) {
		this.severities = severities;
	}

	/** Adds a row no test applies to, judged by how far its value is on its bad {@code side}. */
	void add(GapKind kind, EObject element, String segment, String name, Double value, Double ciLow, Double ciHigh,
			Double p, long n, BadSide side) {
		add(kind, element, segment, name, value, ciLow, ciHigh, p, n, side.badness(value), side, false, null);
	}

	/** Adds a row judged relative to a reference of its own: {@code badness} is the value's ratio to it (null: none). */
	void addRelative(GapKind kind, EObject element, String segment, String name, Double value, long n, Double badness) {
		add(kind, element, segment, name, value, null, null, null, n, badness, BadSide.RELATIVE, false, null);
	}

	/** Adds a share of successes out of n (no test applies to one wave; two waves' shares can be compared). */
	void addShare(GapKind kind, EObject element, String segment, String name, long successes, long n) {
		Double share = n == 0 ? null : (double) successes / n;
		add(kind, element, segment, name, share, null, null, null, n, BadSide.SHORT_OF_ONE.badness(share), BadSide.SHORT_OF_ONE, false,
				n == 0 ? null : Sample.proportion(successes, n));
	}

	/** Adds a row judged by a test; {@code p} null means the test could not be computed: not judged. */
	void addTested(GapKind kind, EObject element, String segment, String name, Double value, Double ciLow, Double ciHigh,
			Double p, long n, BadSide side, Sample sample) {
		add(kind, element, segment, name, value, ciLow, ciHigh, p, n, side.badness(value), side, true, sample);
	}

	private void add(GapKind kind, EObject element, String segment, String name, Double value, Double ciLow,
			Double ciHigh, Double p, long n, Double badness, BadSide side, boolean tested, Sample sample) {
		Severity severity = badness == null && value == null ? Severity.UNKNOWN
				: badness == null ? Severity.OK : severities.of(kind, null, badness, p, tested);
		Indicator row = new Indicator(kind, Elements.label(element), Elements.id(element), segment, name, value, ciLow,
				ciHigh, p, n, severity);
		rows.add(row);
		judgements.put(row, new Judgement(badness, side, tested, sample));
	}

	/** A row that only informs (no threshold applies). */
	void info(GapKind kind, EObject element, String segment, String name, Double value, long n) {
		rows.add(new Indicator(kind, Elements.label(element), Elements.id(element), segment, name, value, null, null, null,
				n, value == null ? Severity.UNKNOWN : Severity.OK));
	}

	/** The severity of a row under a gap's own thresholds. */
	Severity severity(Indicator row, org.crmgap.model.Gap gap) {
		Judgement judgement = judgements.get(row);
		if (row.value() == null || judgement == null) {
			return Severity.UNKNOWN;
		}
		return severities.of(gap.getKind(), gap, judgement.badness(), row.p(), judgement.tested());
	}

	/** How far a row's value is on the bad side (null when unknown or the row only informs). */
	Double badness(Indicator row) {
		Judgement judgement = judgements.get(row);
		return judgement == null ? null : judgement.badness();
	}

	/** Which way a row's value is bad (null when the row only informs). */
	BadSide side(Indicator row) {
		Judgement judgement = judgements.get(row);
		return judgement == null ? null : judgement.side();
	}

	/** What a row was computed from, null when nothing a test between waves could use. */
	Sample sample(Indicator row) {
		Judgement judgement = judgements.get(row);
		return judgement == null ? null : judgement.sample();
	}

	List<Indicator> list() {
		return List.copyOf(rows);
	}
}
