package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Holm's step-down adjustment, by hand and against R's {@code p.adjust(p, "holm")}. */
class HolmTest {

	@Test
	void adjustsByHand() {
		// sorted: 0.005 x 4 = 0.02, 0.01 x 3 = 0.03, 0.03 x 2 = 0.06, 0.04 x 1 = 0.04 -> kept monotone at 0.06
		List<Double> adjusted = Statistics.holm(Arrays.asList(0.01, 0.04, null, 0.03, 0.005));
		assertEquals(0.03, adjusted.get(0), 1e-15);
		assertEquals(0.06, adjusted.get(1), 1e-15);
		assertNull(adjusted.get(2), "no test, no adjusted p");
		assertEquals(0.06, adjusted.get(3), 1e-15);
		assertEquals(0.02, adjusted.get(4), 1e-15);
	}

	@Test
	void capsAtOne() {
		assertEquals(List.of(1.0, 1.0), Statistics.holm(List.of(0.6, 0.7)));
	}

	@Test
	void agreesWithROnTheWaveComparisonOfTheReferenceSurvey() {
		// changeP of fixtures/reference-waves.json to six decimals, and R 4.2.2's p.adjust(p, "holm") of exactly these
		List<Double> p = List.of(0.611694, 0.007835, 0.723574, 0.207257, 0.638567, 0.581528, 0.044425, 0.424513, 0.769779,
				0.764467, 0.350325, 0.102195, 0.618950, 0.046030, 0.703184);
		List<Double> adjusted = Statistics.holm(p);
		assertEquals(0.117525, adjusted.get(1), 1e-12);
		assertEquals(0.62195, adjusted.get(6), 1e-12);
		assertEquals(0.62195, adjusted.get(13), 1e-12);
		for (int i : new int[] { 0, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14 }) {
			assertEquals(1.0, adjusted.get(i), 0, "p " + p.get(i));
		}
	}

	@Test
	void actionsJudgedOnHolmAdjustedPValues() {
		// three tests, sorted: 0.001 x 3 = 0.003 (still significant), 0.03 x 2 = 0.06 (no longer), 0.9 x 1; closed stays
		// closed; no test, no adjusted p
		List<ActionOutcome> outcomes = ActionOutcome.holm(List.of(outcome("A", 0.03, ActionOutcome.NARROWED),
				outcome("B", 0.001, ActionOutcome.WIDENED), outcome("C", null, ActionOutcome.NARROWED), outcome("D", 0.9, ActionOutcome.CLOSED)));
		assertEquals(List.of(ActionOutcome.NO_EFFECT, ActionOutcome.WIDENED, ActionOutcome.NARROWED, ActionOutcome.CLOSED),
				outcomes.stream().map(ActionOutcome::outcome).toList());
		assertEquals(0.06, outcomes.get(0).pHolm(), 1e-15);
		assertEquals(0.003, outcomes.get(1).pHolm(), 1e-15);
		assertNull(outcomes.get(2).pHolm());
		assertEquals(0.9, outcomes.get(3).pHolm(), 1e-15);
		assertEquals(0.03, outcomes.get(0).p(), 0, "the p-value itself is kept");
		assertEquals(3, ActionOutcome.tests(outcomes));
	}

	@Test
	void twoActionsOnTheSameChangeShareOneTest() {
		// X and X' address the same gap between the same waves: one test, p = 0.03; with Y's 0.001 two tests, as R's
		// p.adjust(c(0.03, 0.001), "holm") = (0.03, 0.002): X stays narrowed (counted twice it would be 0.06, no effect)
		List<ActionOutcome> outcomes = ActionOutcome.holm(List.of(outcome("X", "queues", 0.03, ActionOutcome.NARROWED),
				outcome("X'", "queues", 0.03, ActionOutcome.NARROWED), outcome("Y", "loans", 0.001, ActionOutcome.WIDENED)));
		assertEquals(2, ActionOutcome.tests(outcomes));
		assertEquals(List.of(0.03, 0.03, 0.002), outcomes.stream().map(ActionOutcome::pHolm).toList());
		assertEquals(List.of(ActionOutcome.NARROWED, ActionOutcome.NARROWED, ActionOutcome.WIDENED),
				outcomes.stream().map(ActionOutcome::outcome).toList());
	}

	private static ActionOutcome outcome(String name, Double p, String outcome) {
		return outcome(name, "gap of " + name, p, outcome);
	}

	private static ActionOutcome outcome(String name, String gap, Double p, String outcome) {
		return new ActionOutcome("_" + name, name, gap, "customer gap", "2025", "2026", -1.0, -0.5, -0.2, p == null ? "none" : "Welch", p, null,
				outcome, null);
	}
}
