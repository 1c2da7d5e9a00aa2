package org.crmgap.examples.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crmgap.examples.Examples;
import org.crmgap.model.ActionStatus;
import org.crmgap.model.DataSource;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled retail bank: realistic content, resolvable data and catalogue, stable round trip. */
class RetailBankExampleTest {

	@TempDir
	Path dir;

	@Test
	void holdsTheContentTheExamplePromises() throws IOException {
		GapModel bank = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		assertEquals("Northbridge Bank", bank.getName());
		assertEquals(3, bank.getSegments().size());
		List<OrganisationUnit> units = all(bank, OrganisationUnit.class);
		assertTrue(units.size() >= 10, "units: " + units.size());
		assertTrue(bank.getOrganisationUnits().stream().allMatch(u -> u.getName() != null));
		long componentsInUnits = units.stream().mapToLong(u -> u.getComponents().size()).sum();
		assertEquals(14, componentsInUnits);
		assertTrue(bank.getServiceStandards().size() >= 15);
		assertTrue(bank.getCommunications().stream().allMatch(c -> !c.getPromises().isEmpty()));
		Set<GapKind> kinds = bank.getGaps().stream().map(Gap::getKind).collect(Collectors.toSet());
		assertEquals(EnumSet.allOf(GapKind.class), kinds, "a gap of every kind");
		assertEquals(22 + 4, bank.getSurveyInstruments().get(0).getItems().size());
	}

	private static <T> List<T> all(EObject root, Class<T> type) {
		List<T> result = new ArrayList<>();
		root.eAllContents().forEachRemaining(e -> {
			if (type.isInstance(e)) {
				result.add(type.cast(e));
			}
		});
		return result;
	}

	@Test
	void everyReferenceResolvesIncludingTheCatalogue() throws IOException {
		GapModel bank = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		EcoreUtil.resolveAll(bank.eResource().getResourceSet());
		assertEquals(java.util.Map.of(), EcoreUtil.ProxyCrossReferencer.find(bank), "unresolved references");
		Gap queue = bank.getGaps().stream().filter(g -> g.getKind() == GapKind.DELIVERY).findFirst().orElseThrow();
		assertFalse(queue.getCauses().isEmpty());
		assertTrue(queue.getCauses().get(0).eResource().getURI().toString().endsWith("catalogue/builtin.crmgapcat"));
		assertFalse(queue.getCauses().get(0).getRecommendedActions().isEmpty());
	}

	@Test
	void dataFilesLieBesideTheModel() throws IOException {
		Path model = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(model);
		assertEquals(6, bank.getDataSources().size(), "survey and KPIs of two waves, the managers' survey, the readiness assessment");
		for (DataSource source : bank.getDataSources()) {
			Path file = model.getParent().resolve(source.getLocation());
			assertTrue(Files.isRegularFile(file), file.toString());
			assertTrue(Files.readAllLines(file).size() > 20, file + " has too few rows to be real data");
		}
	}

	@Test
	void twoWavesAYearApartAndTheActionsTakenBetweenThem() throws IOException {
		GapModel bank = ModelFiles.load(Examples.file(Examples.RETAIL_BANK));
		assertEquals(List.of("2025", "2026"), bank.getWaves().stream().map(MeasurementWave::getName).toList());
		MeasurementWave first = bank.getWaves().get(0);
		MeasurementWave second = bank.getWaves().get(1);
		assertTrue(first.getOrder() < second.getOrder());
		assertEquals(LocalDate.of(2025, 3, 31), first.getDate());
		assertEquals(LocalDate.of(2026, 3, 31), second.getDate());
		Map<String, String> waveOfFile = new TreeMap<>();
		bank.getDataSources().forEach(s -> waveOfFile.put(s.getLocation(), s.getWave() == null ? "every wave" : s.getWave().getName()));
		// the managers' survey and the readiness assessment were taken once (data/README.md): they belong to every wave
		assertEquals(Map.of("data/survey.csv", "2025", "data/kpi.csv", "2025", "data/survey-2026.csv", "2026", "data/kpi-2026.csv", "2026",
				"data/managers.csv", "every wave", "data/readiness.csv", "every wave"), waveOfFile);

		assertEquals(6, bank.getPlannedActions().size());
		for (PlannedAction action : bank.getPlannedActions()) {
			String name = action.getName();
			assertTrue(action.getStartDate().isAfter(first.getDate()) && action.getStartDate().isBefore(second.getDate()), name);
			assertTrue(action.getDueDate().isAfter(action.getStartDate()), name);
			assertNotNull(action.getOwner(), name);
			assertNotNull(action.getTargetValue(), name);
			assertEquals(second, action.getTargetWave(), name);
			assertTrue(action.getAction() != null && !action.getAction().eIsProxy(), name + ": a catalogue action");
			if (action.getStatus() == ActionStatus.DONE) {
				assertTrue(action.getDueDate().isBefore(second.getDate()), name + ": done before the second wave");
			}
		}
		// one still under way, due after the second wave (overdue from 2026-07-01: ExampleValidationTest)
		assertEquals(List.of("Named advisers for relationship customers"), bank.getPlannedActions().stream()
				.filter(a -> a.getStatus() != ActionStatus.DONE).map(PlannedAction::getName).toList());
	}

	@Test
	void roundTripGivesAnEqualModelAndTheCommittedBytes() throws IOException {
		Path committed = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(committed);
		Path copy = dir.resolve("bank.crmgap");
		ModelFiles.save(bank, copy);
		assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(copy),
				"the committed example is not in canonical form: re-save it with `crmgap format`");
		GapModel reloaded = ModelFiles.load(copy);
		assertTrue(EcoreUtil.equals(ModelFiles.load(committed), reloaded));
	}

	@Test
	void templatesAndCatalogueLoad() throws IOException {
		for (String template : new String[] { Examples.EMPTY_TEMPLATE, Examples.SERVQUAL_TEMPLATE, Examples.DIE_TEMPLATE }) {
			assertFalse(ModelFiles.load(Examples.file(template)).getName().isBlank(), template);
		}
		var catalogue = ModelFiles.load(ModelFiles.newResourceSet(), Examples.file(Examples.BUILT_IN_CATALOGUE),
				org.crmgap.model.Catalogue.class);
		assertEquals(19, catalogue.getCauses().size());
		assertTrue(catalogue.getCauses().stream().allMatch(c -> !c.getGapKinds().isEmpty()));
	}
}
