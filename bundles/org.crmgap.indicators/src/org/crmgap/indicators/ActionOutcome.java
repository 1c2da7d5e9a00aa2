package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Did a planned action work? Its gap's indicator in the last wave before the action's start ({@code fromWave},
 * {@code before}) against the first wave after its due date, else the latest ({@code toWave}, {@code after}), with the
 * test of the change ({@code test}, {@code p}: see {@link GapChange}; {@code pHolm}: p adjusted by Holm's method over the
 * actions' tests, null unless asked for, see {@link #holm(List)}); {@code outcome}: closed (the target is reached),
 * narrowed (improved, target not reached), no effect, widened (worsened) or not judged, then {@code reason} says why;
 * {@code id}: the action's xmi:id.
 */
public record ActionOutcome(String id, String action, String gap, String indicator, String fromWave, String toWave, Double before,
		Double after, Double target, String test, Double p, Double pHolm, String outcome, String reason) {

	public static final String CLOSED = "closed";
	public static final String NARROWED = "narrowed";
	public static final String NO_EFFECT = "no effect";
	public static final String WIDENED = "widened";
	public static final String NOT_JUDGED = "not judged";

	/**
	 * The outcomes judged on p-values adjusted by Holm's method ({@link Statistics#holm}, as {@code survey --holm}) over
	 * the tests made, one per distinct change tested (two actions on the same gap between the same waves share one test,
	 * counted once): each outcome with a p-value gets its {@code pHolm}, and a narrowed or widened gap whose adjusted p is
	 * no longer below {@link GapChanges#ALPHA} becomes no effect. Closed stays closed (the target is reached whatever the
	 * test says), but its test is one of the family.
	 */
	public static List<ActionOutcome> holm(List<ActionOutcome> outcomes) {
		List<String> tested = testKeys(outcomes);
		Map<String, Double> p = new java.util.HashMap<>();
		outcomes.stream().filter(o -> o.p() != null).forEach(o -> p.putIfAbsent(key(o), o.p()));
		List<Double> adjusted = Statistics.holm(tested.stream().map(p::get).toList());
		List<ActionOutcome> judged = new ArrayList<>();
		for (ActionOutcome o : outcomes) {
			Double pHolm = o.p() == null ? null : adjusted.get(tested.indexOf(key(o)));
			boolean changed = NARROWED.equals(o.outcome()) || WIDENED.equals(o.outcome());
			String outcome = changed && pHolm != null && pHolm >= GapChanges.ALPHA ? NO_EFFECT : o.outcome();
			judged.add(new ActionOutcome(o.id(), o.action(), o.gap(), o.indicator(), o.fromWave(), o.toWave(), o.before(), o.after(), o.target(),
					o.test(), o.p(), pHolm, outcome, o.reason()));
		}
		return List.copyOf(judged);
	}

	/** Whether this is the outcome of {@code action} (of the model analysed, or of the model it was copied from). */
	public boolean isOf(org.eclipse.emf.ecore.EObject action) {
		return id != null && id.equals(Elements.id(action));
	}

	/** How many tests the outcomes made: the m of a correction for multiple comparisons (a shared test counted once). */
	public static long tests(List<ActionOutcome> outcomes) {
		return testKeys(outcomes).size();
	}

	/** The distinct changes tested, in the outcomes' order. */
	private static List<String> testKeys(List<ActionOutcome> outcomes) {
		return outcomes.stream().filter(o -> o.p() != null).map(ActionOutcome::key).distinct().toList();
	}

	/** The change an outcome's test is about: the gap's indicator from one wave to another. */
	private static String key(ActionOutcome o) {
		return o.gap() + "\u0000" + o.indicator() + "\u0000" + o.fromWave() + "\u0000" + o.toWave();
	}
}
