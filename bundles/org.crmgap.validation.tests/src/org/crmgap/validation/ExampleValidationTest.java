package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.examples.Examples;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The example: structurally without errors, one action overdue after its due day; its data puts some gaps past their thresholds. */
class ExampleValidationTest {

	/** The due date of the example's one open action, "Named advisers for relationship customers". */
	private static final LocalDate NAMED_ADVISERS_DUE = LocalDate.of(2026, 6, 30);

	@Test
	void exampleHasNoStructuralErrors() throws Exception {
		GapModel bank = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		// the day its one open action was due: not late yet
		List<Diagnostic> all = nonOk(GapValidation.validate(bank, NAMED_ADVISERS_DUE));
		assertTrue(all.stream().noneMatch(d -> d.getSeverity() == Diagnostic.ERROR), all.toString());
		// three expectations are deliberately left without a standard: they make the policy gap's coverage < 1
		assertEquals(Set.of("Expectation 'Transactional savers: assurance' is addressed by no service standard",
				"Expectation 'Transactional savers: empathy' is addressed by no service standard",
				"Expectation 'Private and business partners: tangibles' is addressed by no service standard"),
				all.stream().map(Diagnostic::getMessage).collect(Collectors.toSet()), all.toString());
		assertTrue(all.stream().allMatch(d -> "crmgap.expectation.unaddressed".equals(d.getData().get(1))), all.toString());
	}

	@Test
	void itsOneOpenActionIsOverdueFromTheDayAfterItsDueDate() throws Exception {
		GapModel bank = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		List<Diagnostic> late = nonOk(GapValidation.validate(bank, NAMED_ADVISERS_DUE.plusDays(1))).stream()
				.filter(d -> !"crmgap.expectation.unaddressed".equals(d.getData().get(1))).toList();
		assertEquals(1, late.size(), late.toString());
		assertEquals("crmgap.action.overdue", late.get(0).getData().get(1));
		assertEquals(Diagnostic.WARNING, late.get(0).getSeverity());
		assertEquals("Planned action 'Named advisers for relationship customers' was due on 2026-06-30 and is still inProgress",
				late.get(0).getMessage());
	}

	private static List<Diagnostic> nonOk(Diagnostic diagnostic) {
		return RulesTest.flat(diagnostic).stream().filter(d -> d.getSeverity() != Diagnostic.OK).toList();
	}

	@Test
	void gapsPastTheirThresholdsAreDiagnosticsWithTheirNumbersAndActions() throws Exception {
		Path file = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(file);
		// the first wave, 2025 (the latest, 2026, is ExampleWavesTest's in the cli tests)
		List<Diagnostic> gaps = RulesTest.flat(GapValidation.validateWithIndicators(bank, file, AnalysisOptions.DEFAULT.withWave("2025"))).stream()
				.filter(d -> RuleDiagnostic.rule(d) == Rule.GAP_THRESHOLD).toList();
		Diagnostic queues = gaps.stream().filter(d -> d.getMessage().startsWith("Gap 'Delivery gap: branch queues'")).findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, queues.getSeverity());
		assertEquals("crmgap.gap.threshold", queues.getData().get(1));
		assertEquals("Gap 'Delivery gap: branch queues': compliance = 0.558 is past its error threshold", queues.getMessage());
		assertTrue(RuleDiagnostic.actions(queues).contains("Make the service fail-safe"));
	}
}
