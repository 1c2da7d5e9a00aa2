package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.crmgap.examples.Examples;
import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataSource;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.RecoveryAction;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Measurement waves and planned actions are saved and loaded; the shipped files, which have none, keep their bytes. */
class WavesAndActionsPersistenceTest {

	private final CrmGapFactory factory = CrmGapFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void wavesAndPlannedActionsSurviveSaveAndLoad() throws IOException {
		GapModel model = factory.createGapModel();
		model.setName("Bank");
		MeasurementWave first = wave(model, "2025", 1, LocalDate.of(2025, 3, 31));
		MeasurementWave second = wave(model, "2026", 2, null);
		second.setPeriod("2026 Q1");
		DataSource survey = factory.createDataSource();
		survey.setName("Survey 2025");
		survey.setWave(first);
		model.getDataSources().add(survey);
		Gap gap = factory.createGap();
		gap.setName("Customer gap");
		gap.setKind(GapKind.CUSTOMER);
		model.getGaps().add(gap);
		OrganisationUnit branches = factory.createOrganisationUnit();
		branches.setName("Branches");
		model.getOrganisationUnits().add(branches);
		model.setCatalogue(factory.createCatalogue());
		RecoveryAction monitor = factory.createRecoveryAction();
		monitor.setName("Monitor and measure");
		model.getCatalogue().getActions().add(monitor);
		PlannedAction action = factory.createPlannedAction();
		action.setName("Weekly complaint review");
		action.setGap(gap);
		action.setAction(monitor);
		action.setOwner(branches);
		action.setStartDate(LocalDate.of(2025, 4, 1));
		action.setDueDate(LocalDate.of(2025, 12, 31));
		action.setStatus(ActionStatus.IN_PROGRESS);
		action.setTargetValue(-0.25);
		action.setTargetWave(second);
		model.getPlannedActions().add(action);

		Path file = dir.resolve("bank.crmgap");
		ModelFiles.save(model, file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		// dates as ISO days, no time and no zone; the enum by its literal
		assertTrue(xml.contains("date=\"2025-03-31\""), xml);
		assertTrue(xml.contains("startDate=\"2025-04-01\" dueDate=\"2025-12-31\" status=\"inProgress\" targetValue=\"-0.25\""), xml);

		GapModel loaded = ModelFiles.load(file);
		assertTrue(EcoreUtil.equals(model, loaded), "reloaded model differs");
		PlannedAction reloaded = loaded.getPlannedActions().get(0);
		assertEquals(LocalDate.of(2025, 12, 31), reloaded.getDueDate());
		assertEquals(ActionStatus.IN_PROGRESS, reloaded.getStatus());
		assertEquals(-0.25, reloaded.getTargetValue());
		assertSame(loaded.getGaps().get(0), reloaded.getGap());
		assertSame(loaded.getCatalogue().getActions().get(0), reloaded.getAction());
		assertSame(loaded.getOrganisationUnits().get(0), reloaded.getOwner());
		assertSame(loaded.getWaves().get(1), reloaded.getTargetWave());
		assertSame(loaded.getWaves().get(0), loaded.getDataSources().get(0).getWave());
		assertEquals(2, loaded.getWaves().get(1).getOrder());
		assertEquals("2026 Q1", loaded.getWaves().get(1).getPeriod());
		assertNull(loaded.getWaves().get(1).getDate());
	}

	@Test
	void aDateThatIsNotIsoIsAnErrorNamingTheFile() throws IOException {
		Path file = dir.resolve("bad-date.crmgap");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<crmgap:GapModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:crmgap="http://www.crmgap.org/crmgap/1.0" xmi:id="m" name="M">
				  <waves xmi:id="w" name="Spring" date="31.03.2026"/>
				</crmgap:GapModel>
				""", StandardCharsets.UTF_8);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("bad-date.crmgap"), e.getMessage());
	}

	/** What {@code crmgap format} does to each shipped file must leave it byte for byte as it is. */
	@ParameterizedTest
	@ValueSource(strings = { Examples.RETAIL_BANK, Examples.BUILT_IN_CATALOGUE, Examples.EMPTY_TEMPLATE, Examples.SERVQUAL_TEMPLATE,
			Examples.DIE_TEMPLATE })
	void shippedFilesKeepTheirBytesWhenFormatted(String entry) throws IOException {
		Path shipped = Examples.file(entry);
		Path copy = dir.resolve(shipped.getFileName());
		Files.copy(shipped, copy);
		Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), copy, EObject.class).eResource();
		resource.setModified(true);
		resource.save(null);
		assertArrayEquals(Files.readAllBytes(shipped), Files.readAllBytes(copy), entry + " changed when formatted");
	}

	private MeasurementWave wave(GapModel model, String name, int order, LocalDate date) {
		MeasurementWave wave = factory.createMeasurementWave();
		wave.setName(name);
		wave.setOrder(order);
		wave.setDate(date);
		model.getWaves().add(wave);
		return wave;
	}
}
