package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataRole;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code analyze --wave}: a copy of the example, without its own waves, with two waves (the first dated), its KPI measurements in the first
 * only, and a planned action with dates; {@code export} writes the dates as they are in the file.
 */
class AnalyzeWaveCommandTest {

	@TempDir
	Path dir;

	private Path copy;

	@BeforeEach
	void twoWaves() throws IOException {
		copy = Commands.copyExample(dir);
		GapModel bank = ModelFiles.load(copy);
		Commands.withoutWaves(bank);
		MeasurementWave first = wave(bank, "Spring 2025", 1);
		first.setDate(LocalDate.of(2025, 3, 31));
		MeasurementWave second = wave(bank, "Spring 2026", 2);
		PlannedAction tellers = CrmGapFactory.eINSTANCE.createPlannedAction();
		tellers.setName("More tellers at peak hours");
		tellers.setGap(bank.getGaps().get(0));
		tellers.setStartDate(LocalDate.of(2025, 4, 1));
		tellers.setDueDate(LocalDate.of(2025, 12, 31));
		tellers.setStatus(ActionStatus.IN_PROGRESS);
		tellers.setTargetWave(second);
		bank.getPlannedActions().add(tellers);
		bank.getDataSources().stream().filter(s -> s.getRole() == DataRole.KPI_MEASUREMENTS).forEach(s -> s.setWave(first));
		ModelFiles.save(bank, copy);
	}

	@Test
	void theLatestWaveByDefaultAndANamedOneOnRequest() throws IOException {
		Commands.Run latest = Commands.run("analyze", copy.toString(), "--format", "json");
		JsonNode json = new ObjectMapper().readTree(latest.out());
		assertEquals("Spring 2026", json.get("wave").asText(), latest.err());
		assertFalse(hasDelivery(json), "the KPI file belongs to the first wave only");

		Commands.Run named = Commands.run("analyze", copy.toString(), "--wave", "Spring 2025", "--format", "json");
		JsonNode first = new ObjectMapper().readTree(named.out());
		assertEquals("Spring 2025", first.get("wave").asText(), named.err());
		assertTrue(hasDelivery(first), "the first wave reads the KPI file");

		// each gap across both waves, dates as ISO days; the KPI-measured gaps have no value in the second wave
		JsonNode trends = json.get("trends");
		assertEquals(json.get("gaps").size(), trends.size());
		JsonNode tellers = trends.get(0);
		assertEquals("2025-04-01", tellers.get("actions").get(0).get("start").asText(), tellers.toString());
		assertEquals("2025-03-31", tellers.get("points").get(0).get("date").asText());
		assertTrue(tellers.get("points").get(1).get("date").isNull());
		int delivery = 0;
		for (JsonNode trend : trends) {
			if (trend.get("kind").asText().equalsIgnoreCase("delivery")) {
				delivery++;
				assertTrue(trend.get("points").get(0).get("value").isNumber(), trend.toString());
				assertTrue(trend.get("points").get(1).get("value").isNull(), trend.toString());
			}
		}
		assertTrue(delivery > 0, "the example has delivery gaps");

		Commands.Run text = Commands.run("analyze", copy.toString(), "--wave", "Spring 2025");
		assertTrue(text.out().startsWith("Analysis of Northbridge Bank, wave Spring 2025\n"), text.out());
	}

	@Test
	void anUnknownWaveIsOneLineNamingTheModelAndItsWaves() {
		Commands.Run run = Commands.run("analyze", copy.toString(), "--wave", "Autumn");
		assertEquals(ExitCodes.ERRORS, run.code());
		assertEquals("error: " + copy + ": no wave 'Autumn' in model 'Northbridge Bank'; its waves: 'Spring 2025', 'Spring 2026'\n",
				run.err());
		assertEquals("", run.out());
	}

	@Test
	void aModelWithoutWavesSaysNone() throws IOException {
		GapModel bank = ModelFiles.load(copy);
		Commands.withoutWaves(bank);
		ModelFiles.save(bank, copy);
		Commands.Run run = Commands.run("analyze", copy.toString(), "--format", "json");
		assertTrue(new ObjectMapper().readTree(run.out()).get("wave").isNull(), run.out());
	}

	@Test
	void jsonExportWritesDatesAsIsoDays() throws IOException {
		Path out = dir.resolve("bank.json");
		Commands.Run run = Commands.run("export", copy.toString(), "--format", "json", "--out", out.toString());
		assertEquals(ExitCodes.CLEAN, run.code(), run.err());
		JsonNode json = new ObjectMapper().readTree(out.toFile());
		assertEquals("2025-03-31", json.get("waves").get(0).get("date").asText());
		JsonNode action = json.get("plannedActions").get(0);
		assertEquals("2025-04-01", action.get("startDate").asText());
		assertEquals("2025-12-31", action.get("dueDate").asText());
		assertEquals("inProgress", action.get("status").asText());
	}

	private static boolean hasDelivery(JsonNode json) {
		for (JsonNode indicator : json.get("indicators")) {
			if (indicator.get("kind").asText().equalsIgnoreCase("delivery")) {
				return true;
			}
		}
		return false;
	}

	private static MeasurementWave wave(GapModel model, String name, int order) {
		MeasurementWave wave = CrmGapFactory.eINSTANCE.createMeasurementWave();
		wave.setName(name);
		wave.setOrder(order);
		model.getWaves().add(wave);
		return wave;
	}
}
