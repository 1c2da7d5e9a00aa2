package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.examples.Examples;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The example: structurally without errors; its data puts some gaps past their thresholds. */
class ExampleValidationTest {

	@Test
	void exampleHasNoStructuralErrors() throws Exception {
		GapModel bank = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		List<Diagnostic> all = RulesTest.flat(GapValidation.validate(bank)).stream().filter(d -> d.getSeverity() != Diagnostic.OK).toList();
		assertTrue(all.stream().noneMatch(d -> d.getSeverity() == Diagnostic.ERROR), all.toString());
		// three expectations are deliberately left without a standard: they make the policy gap's coverage < 1
		assertEquals(Set.of("Expectation 'Transactional savers: assurance' is addressed by no service standard",
				"Expectation 'Transactional savers: empathy' is addressed by no service standard",
				"Expectation 'Private and business partners: tangibles' is addressed by no service standard"),
				all.stream().map(Diagnostic::getMessage).collect(Collectors.toSet()), all.toString());
		assertTrue(all.stream().allMatch(d -> "crmgap.expectation.unaddressed".equals(d.getData().get(1))), all.toString());
	}

	@Test
	void gapsPastTheirThresholdsAreDiagnosticsWithTheirNumbersAndActions() throws Exception {
		Path file = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(file);
		List<Diagnostic> gaps = RulesTest.flat(GapValidation.validateWithIndicators(bank, file)).stream()
				.filter(d -> RuleDiagnostic.rule(d) == Rule.GAP_THRESHOLD).toList();
		Diagnostic queues = gaps.stream().filter(d -> d.getMessage().startsWith("Gap 'Delivery gap: branch queues'")).findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, queues.getSeverity());
		assertEquals("crmgap.gap.threshold", queues.getData().get(1));
		assertEquals("Gap 'Delivery gap: branch queues': compliance = 0.558 is past its error threshold", queues.getMessage());
		assertTrue(RuleDiagnostic.actions(queues).contains("Make the service fail-safe"));
	}
}
