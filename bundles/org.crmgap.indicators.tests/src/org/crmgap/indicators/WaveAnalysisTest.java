package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.data.DataException;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapKind;
import org.crmgap.model.MeasurementWave;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TinyBank} measured twice: wave "2025" (order 1) reads the survey without a wave (shared by every wave) and
 * the first KPI file; wave "2026" (order 2, listed first) has its own survey and KPI file; the readiness assessment has
 * no wave. Values worked out by hand in the comments.
 */
class WaveAnalysisTest {

	@TempDir
	Path dir;

	private TinyBank bank;

	@BeforeEach
	void twoWaves() throws Exception {
		bank = new TinyBank(dir);
		// listed before 2025: the latest is found by order, not by position
		MeasurementWave w2026 = wave("2026", 2);
		MeasurementWave w2025 = wave("2025", 1);
		DataSource kpi2025 = bank.model.getDataSources().stream().filter(s -> s.getRole() == DataRole.KPI_MEASUREMENTS)
				.findFirst().orElseThrow();
		kpi2025.setWave(w2025);
		bank.source("survey-2026.csv", DataRole.CUSTOMER_SURVEY, "respondent,segment,E1,P1,E5,P5,VALUE_E1,VALUE_P1\n"
				+ "a,r,6,6,7,6,5,5\nb,r,5,6,6,6,6,6\nc,r,7,6,6,5,4,4\n", ColumnMeaning.RESPONDENT, "respondent").setWave(w2026);
		bank.source("kpi-2026.csv", DataRole.KPI_MEASUREMENTS, "standard,week,value\nS1,1,9\nS1,2,10\nS2,1,85\nS2,2,70\n",
				ColumnMeaning.KPI_STANDARD, "standard", ColumnMeaning.KPI_VALUE, "value").setWave(w2026);
	}

	@Test
	void theLatestWaveByOrderIsTheDefaultAndItsOwnSourcesComeFirst() throws Exception {
		ModelAnalysisResult result = ModelAnalysis.analyse(bank.model, bank.file);
		assertEquals("2026", result.wave());
		// its own survey, not the shared one: tangibles (6-6, 6-5, 6-7) = 0; reliability (6-7, 6-6, 5-6) -> -2/3
		assertEquals(0.0, value(result, GapKind.CUSTOMER, "tangibles", "Retail", "customer gap"), 1e-12);
		assertEquals(-2.0 / 3, value(result, GapKind.CUSTOMER, "reliability", "Retail", "customer gap"), 1e-12);
		// value gap (5-5, 6-6, 4-4) = 0
		assertEquals(0.0, value(result, GapKind.VALUE, "Retail", "Retail", "value gap"), 1e-12);
		// S1 (<= 10): 9 and 10 met; S2 (>= 80 - 5): 85 met, 70 short of the target by 10
		assertEquals(1.0, value(result, GapKind.DELIVERY, "Queue", "all", "compliance"), 1e-12);
		assertEquals(0.5, value(result, GapKind.DELIVERY, "Resolution", "all", "compliance"), 1e-12);
		assertEquals(10.0, value(result, GapKind.DELIVERY, "Resolution", "all", "mean shortfall"), 1e-12);
		// the assessment without a wave belongs to this wave too: C1 required 4, assessed (3 + 2) / 2
		assertEquals(1.5, value(result, GapKind.COMPONENT_READINESS, "C1", "all", "component shortfall"), 1e-12);
	}

	@Test
	void aNamedWaveReadsItsOwnSourcesAndTheSharedOnes() throws Exception {
		ModelAnalysisResult result = ModelAnalysis.analyse(bank.model, bank.file, AnalysisOptions.DEFAULT.withWave("2025"));
		assertEquals("2025", result.wave());
		// the shared survey: tangibles (5-6, 5-5, 4-7) -> -4/3; reliability (4-7, 6-6, 3-6) -> -2
		assertEquals(-4.0 / 3, value(result, GapKind.CUSTOMER, "tangibles", "Retail", "customer gap"), 1e-12);
		assertEquals(-2.0, value(result, GapKind.CUSTOMER, "reliability", "Retail", "customer gap"), 1e-12);
		// the first KPI file: S1 8 and 10 of (8, 12, 10, 15) met; S2 90 and 76 of (90, 76, 74)
		assertEquals(0.5, value(result, GapKind.DELIVERY, "Queue", "all", "compliance"), 1e-12);
		assertEquals(2.0 / 3, value(result, GapKind.DELIVERY, "Resolution", "all", "compliance"), 1e-12);
		assertEquals(1.5, value(result, GapKind.COMPONENT_READINESS, "C1", "all", "component shortfall"), 1e-12);
	}

	@Test
	void anUnknownWaveIsAnErrorNamingTheModelAndItsWaves() {
		DataException e = assertThrows(DataException.class,
				() -> ModelAnalysis.analyse(bank.model, bank.file, AnalysisOptions.DEFAULT.withWave("2027")));
		assertEquals(bank.file + ": no wave '2027' in model 'Tiny bank'; its waves: '2026', '2025'", e.getMessage());
	}

	@Test
	void aModelWithoutWavesIsOneUnnamedWave() throws Exception {
		TinyBank plain = new TinyBank(Files.createDirectories(dir.resolve("plain")));
		ModelAnalysisResult result = ModelAnalysis.analyse(plain.model, plain.file);
		assertNull(result.wave());
		assertEquals(-2.0, value(result, GapKind.CUSTOMER, "reliability", "Retail", "customer gap"), 1e-12);
		DataException e = assertThrows(DataException.class,
				() -> ModelAnalysis.analyse(plain.model, plain.file, AnalysisOptions.DEFAULT.withWave("2025")));
		assertEquals(plain.file + ": no wave '2025' in model 'Tiny bank'; the model has no waves", e.getMessage());
	}

	private MeasurementWave wave(String name, int order) {
		MeasurementWave wave = CrmGapFactory.eINSTANCE.createMeasurementWave();
		wave.setName(name);
		wave.setOrder(order);
		bank.model.getWaves().add(wave);
		return wave;
	}

	private static double value(ModelAnalysisResult result, GapKind kind, String element, String segment, String name) {
		return result.indicators().stream().filter(r -> r.kind() == kind && r.element().equals(element)
				&& r.segment().equals(segment) && r.name().startsWith(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + kind + " " + element + " " + segment + " " + name)).value();
	}
}
