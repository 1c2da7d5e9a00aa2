package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crmgap.examples.Examples;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.Targets;
import org.crmgap.model.ActionStatus;
import org.crmgap.model.Catalogue;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.Gap;
import org.crmgap.model.GapCause;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.RecoveryAction;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The rules about the action plan: overdue, of another kind than its catalogue action, an error gap nobody acts on, a target already reached. */
class PlannedActionRulesTest {

	private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
	/** The example's first wave, 2025, whose numbers these tests quote (ExampleValidationTest); the latest is 2026. */
	private static final AnalysisOptions FIRST_WAVE = AnalysisOptions.DEFAULT.withWave("2025");

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;

	private static List<Diagnostic> of(Diagnostic all, String ruleId) {
		return RulesTest.flat(all).stream().filter(d -> d.getData().size() > 1 && ruleId.equals(d.getData().get(1))).toList();
	}

	private GapModel model() {
		GapModel model = f.createGapModel();
		model.setName("M");
		return model;
	}

	private Gap gap(GapModel model, String name, GapKind kind) {
		Gap gap = f.createGap();
		gap.setName(name);
		gap.setKind(kind);
		model.getGaps().add(gap);
		return gap;
	}

	private PlannedAction action(GapModel model, String name, Gap gap, ActionStatus status, Double target) {
		PlannedAction action = f.createPlannedAction();
		action.setName(name);
		action.setGap(gap);
		action.setStatus(status);
		action.setDueDate(DUE);
		action.setTargetValue(target);
		model.getPlannedActions().add(action);
		return action;
	}

	@Test
	void anOpenActionPastItsDueDateIsOverdue() {
		GapModel model = model();
		Gap gap = gap(model, "Queues", GapKind.DELIVERY);
		PlannedAction late = action(model, "More tellers", gap, ActionStatus.IN_PROGRESS, null);
		List<Diagnostic> overdue = of(GapValidation.validate(model, DUE.plusDays(1)), "crmgap.action.overdue");
		assertEquals(1, overdue.size(), overdue.toString());
		assertSame(late, overdue.get(0).getData().get(0));
		assertEquals(Diagnostic.WARNING, overdue.get(0).getSeverity());
		assertEquals("Planned action 'More tellers' was due on 2026-03-31 and is still inProgress", overdue.get(0).getMessage());

		assertTrue(of(GapValidation.validate(model, DUE), "crmgap.action.overdue").isEmpty(), "due today is not late yet");
		for (ActionStatus closed : List.of(ActionStatus.DONE, ActionStatus.DROPPED)) {
			late.setStatus(closed);
			assertTrue(of(GapValidation.validate(model, DUE.plusDays(1)), "crmgap.action.overdue").isEmpty(), closed.getLiteral());
		}
		late.setStatus(ActionStatus.PLANNED);
		assertEquals(1, of(GapValidation.validate(model, DUE.plusDays(1)), "crmgap.action.overdue").size(), "planned and late");
	}

	@Test
	void aCatalogueActionAppliedToAGapOfAnotherKindWarns() {
		GapModel model = model();
		Catalogue catalogue = f.createCatalogue();
		model.setCatalogue(catalogue);
		RecoveryAction training = f.createRecoveryAction();
		training.setName("Train the front line");
		RecoveryAction unlinked = f.createRecoveryAction();
		unlinked.setName("Something new");
		catalogue.getActions().addAll(List.of(training, unlinked));
		GapCause hr = f.createGapCause();
		hr.setName("Weak HR policies");
		hr.getGapKinds().add(GapKind.DELIVERY);
		hr.getRecommendedActions().add(training);
		catalogue.getCauses().add(hr);
		PlannedAction misplaced = action(model, "Training", gap(model, "Perceived quality", GapKind.CUSTOMER), ActionStatus.PLANNED, null);
		misplaced.setAction(training);
		PlannedAction fitting = action(model, "Training too", gap(model, "Queues", GapKind.DELIVERY), ActionStatus.PLANNED, null);
		fitting.setAction(training);
		PlannedAction unknownKinds = action(model, "New", gap(model, "Other", GapKind.VALUE), ActionStatus.PLANNED, null);
		unknownKinds.setAction(unlinked);

		List<Diagnostic> kind = of(GapValidation.validate(model, DUE), "crmgap.action.kind");
		assertEquals(1, kind.size(), kind.toString());
		assertSame(misplaced, kind.get(0).getData().get(0));
		assertEquals(Diagnostic.WARNING, kind.get(0).getSeverity());
		assertEquals("Planned action 'Training' applies 'Train the front line', an action for delivery gaps, to gap 'Perceived quality' (customer)",
				kind.get(0).getMessage());
	}

	@Test
	void anErrorGapWithoutPlannedActionWarnsOnceThereIsOne() throws Exception {
		Path file = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(file);
		bank.getPlannedActions().clear();
		Diagnostic all = GapValidation.validateWithIndicators(bank, file, FIRST_WAVE, DUE);
		List<Diagnostic> unplanned = of(all, "crmgap.gap.unplanned");
		// one for each gap the data puts past its error threshold, and no other
		List<?> errorGaps = of(all, "crmgap.gap.threshold").stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
				.map(d -> d.getData().get(0)).toList();
		assertFalse(errorGaps.isEmpty());
		assertEquals(errorGaps, unplanned.stream().map(d -> d.getData().get(0)).toList());
		assertTrue(unplanned.stream().allMatch(d -> d.getSeverity() == Diagnostic.WARNING));
		Gap queues = queues(bank);
		assertTrue(unplanned.stream().anyMatch(d -> d.getMessage()
				.equals("Gap 'Delivery gap: branch queues' is past its error threshold and no planned action addresses it")));

		PlannedAction tellers = action(bank, "More tellers at peak hours", queues, ActionStatus.PLANNED, null);
		assertTrue(unplannedAbout(bank, file, queues).isEmpty(), "a planned action addresses it");
		tellers.setStatus(ActionStatus.DROPPED);
		assertEquals(1, unplannedAbout(bank, file, queues).size(), "a dropped action is no plan");
	}

	@Test
	void anOpenActionWhoseTargetTheDataAlreadyReachesIsInformation() throws Exception {
		Path file = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(file);
		bank.getPlannedActions().clear();
		Gap queues = queues(bank);
		// the queues' compliance is 0.558 (ExampleValidationTest): a target of 0.5 is reached, 0.9 is not
		PlannedAction modest = action(bank, "Modest", queues, ActionStatus.IN_PROGRESS, 0.5);
		action(bank, "Ambitious", queues, ActionStatus.IN_PROGRESS, 0.9);
		List<Diagnostic> reached = of(GapValidation.validateWithIndicators(bank, file, FIRST_WAVE, DUE), "crmgap.action.reached");
		assertEquals(1, reached.size(), reached.toString());
		assertSame(modest, reached.get(0).getData().get(0));
		assertEquals(Diagnostic.INFO, reached.get(0).getSeverity());
		assertEquals("Planned action 'Modest': its target 0.500 is already reached (compliance = 0.558)", reached.get(0).getMessage());
		modest.setStatus(ActionStatus.DONE);
		assertTrue(of(GapValidation.validateWithIndicators(bank, file, FIRST_WAVE, DUE), "crmgap.action.reached").isEmpty(),
				"a done action is not reported");
	}

	@Test
	void anActionThatMissedItsTargetInItsTargetWaveIsAWarning() throws Exception {
		Path file = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(file);
		// the example's six actions aim at 2026; two closed their gaps (cli ExampleWavesTest, from R), four did not
		List<String> missing = List.of("Tellers at peak hours", "Right first time in payments and cards", "E-mail triage and answer templates",
				"Named advisers for relationship customers");
		for (AnalysisOptions analysed : List.of(AnalysisOptions.DEFAULT, FIRST_WAVE)) {
			List<Diagnostic> missed = of(GapValidation.validateWithIndicators(bank, file, analysed, DUE), "crmgap.action.missed");
			assertEquals(missing.stream().sorted().toList(),
					missed.stream().map(d -> ((PlannedAction) d.getData().get(0)).getName()).sorted().toList(), "wave " + analysed.wave());
			assertTrue(missed.stream().allMatch(d -> d.getSeverity() == Diagnostic.WARNING));
			assertTrue(missed.stream().anyMatch(d -> d.getMessage().equals("Planned action 'Named advisers for relationship customers' "
					+ "missed its target -0.300 by wave '2026' (customer gap = -0.842)")), missed.toString());
		}
		PlannedAction tellers = bank.getPlannedActions().stream().filter(a -> a.getName().equals(missing.get(0))).findFirst().orElseThrow();
		tellers.setStatus(ActionStatus.DROPPED);
		assertEquals(3, of(GapValidation.validateWithIndicators(bank, file, AnalysisOptions.DEFAULT, DUE), "crmgap.action.missed").size(),
				"a dropped action is not judged");
		tellers.setStatus(ActionStatus.DONE);
		assertEquals(4, of(GapValidation.validateWithIndicators(bank, file, AnalysisOptions.DEFAULT, DUE), "crmgap.action.missed").size(),
				"a done action that missed its target still did");
		tellers.setTargetWave(null);
		assertEquals(3, of(GapValidation.validateWithIndicators(bank, file, AnalysisOptions.DEFAULT, DUE), "crmgap.action.missed").size(),
				"without a target wave there is nothing to miss yet");
	}

	@Test
	void aTargetIsReachedOnTheBetterSideOfItsKind() {
		assertTrue(Targets.reached(GapKind.DELIVERY, "compliance", 0.95, 0.9));
		assertFalse(Targets.reached(GapKind.DELIVERY, "compliance", 0.8, 0.9));
		assertTrue(Targets.reached(GapKind.POLICY, "standard coverage", 0.9, 0.9));
		// a negative customer gap of -0.2 is narrower than a target of -0.3; -0.4 is wider; perceptions now above
		// expectations (+0.8) have gone past it
		assertTrue(Targets.reached(GapKind.CUSTOMER, null, -0.2, -0.3));
		assertFalse(Targets.reached(GapKind.CUSTOMER, null, -0.4, -0.3));
		assertTrue(Targets.reached(GapKind.VALUE, null, 0.8, -0.5));
		// shortfalls and spreads: 0.4 is within 0.5, and a readiness above the required one (-0.2) too
		assertTrue(Targets.reached(GapKind.COMPONENT_READINESS, null, 0.4, 0.5));
		assertTrue(Targets.reached(GapKind.COMPONENT_READINESS, null, -0.2, 0.5));
		assertFalse(Targets.reached(GapKind.COHERENCE, null, 0.6, 0.5));
		// a standard measured by its target shortfall (2 min over a target of 3 min over) is within it; 4 is not
		assertTrue(Targets.reached(GapKind.POLICY, "target shortfall vs 'Short queues' (min)", 2, 3));
		assertFalse(Targets.reached(GapKind.POLICY, "target shortfall vs 'Short queues' (min)", 4, 3));
		assertTrue(Targets.reached(GapKind.COMMUNICATION, "overpromise (min)", 0.1, 0.2));
		// managers wrong either way: +0.4 is as far off as -0.4
		assertFalse(Targets.reached(GapKind.KNOWLEDGE, null, 0.4, -0.3));
		assertTrue(Targets.reached(GapKind.KNOWLEDGE, null, 0.2, -0.3));
	}

	private static Gap queues(GapModel bank) {
		return bank.getGaps().stream().filter(g -> g.getName().equals("Delivery gap: branch queues")).findFirst().orElseThrow();
	}

	private static List<Diagnostic> unplannedAbout(GapModel bank, Path file, Gap gap) throws Exception {
		return of(GapValidation.validateWithIndicators(bank, file, FIRST_WAVE, DUE), "crmgap.gap.unplanned").stream()
				.filter(d -> d.getData().get(0) == gap).toList();
	}
}
