package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crmgap.data.DataException;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example spoiled as users spoil data (issue 9): every case gives the number it must give (computed
 * here from the file, apart from the engine's SQL) or a clear error naming file and column.
 */
class MessyDataTest {

	@TempDir
	Path dir;

	private ExampleCopy bank;

	@BeforeEach
	void copy() throws Exception {
		bank = new ExampleCopy(dir);
	}

	/** mean(P − E) and n over the rows where both cells are whole numbers on 1..7: the domain's item gap, by hand. */
	static double[] itemGap(List<String> expectations, List<String> perceptions) {
		double sum = 0;
		int n = 0;
		for (int r = 0; r < expectations.size(); r++) {
			Integer e = answer(expectations.get(r));
			Integer p = answer(perceptions.get(r));
			if (e != null && p != null) {
				sum += p - e;
				n++;
			}
		}
		return new double[] { sum / n, n };
	}

	private static Integer answer(String cell) {
		try {
			double value = Double.parseDouble(cell.trim());
			return value >= 1 && value <= 7 && value == Math.rint(value) ? (int) value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static ServqualResult.Item item(ModelAnalysisResult result, int number) {
		return result.survey().groups().get(0).items().stream().filter(i -> i.item() == number).findFirst().orElseThrow();
	}

	@Test
	void answersUnderACustomColumnNameAreCheckedByWhatTheyMean() throws Exception {
		bank.renameColumn("survey.csv", "P2", "q2_perception");
		bank.item(2).setPerceptionColumn("q2_perception");
		bank.setCells("survey.csv", "q2_perception", c -> "99", 1);
		bank.setCells("survey.csv", "q2_perception", c -> "-1", 2);
		ModelAnalysisResult result = bank.analyse();

		double[] expected = itemGap(bank.cells("survey.csv", "E2"), bank.cells("survey.csv", "q2_perception"));
		assertEquals(expected[0], item(result, 2).gap(), 1e-12);
		assertEquals((long) expected[1], item(result, 2).n());
		assertTrue(result.warnings().contains(bank.data("survey.csv") + " column q2_perception: 2 value(s) outside 1..7 excluded "
				+ "(first at line 2: '99')"), String.join("\n", result.warnings()));
	}

	@Test
	void aMappedColumnMissingFromTheFileIsAnErrorNamingFileAndColumn() throws Exception {
		bank.dropColumn("survey.csv", "P5");
		DataException e = assertThrows(DataException.class, bank::analyse);
		assertEquals("P5", e.getColumn());
		assertTrue(e.getMessage().startsWith(bank.data("survey.csv") + ":1 column P5: missing column 'P5' (item 5's perception "
				+ "in the model's survey instrument)"), e.getMessage());
	}

	@Test
	void importancePointsFollowTheirMappingWhateverTheColumnName() throws Exception {
		Double asShipped = bank.analyse().survey().groups().get(0).weighted();
		assertNotNull(asShipped);
		bank.renameColumn("survey.csv", "W_tangibles", "points: looks");
		weights().get(0).setColumn("points: looks");
		assertEquals(asShipped, bank.analyse().survey().groups().get(0).weighted(), 1e-12);

		weights().get(1).setColumn("W_nowhere");
		DataException e = assertThrows(DataException.class, bank::analyse);
		assertTrue(e.getMessage().contains("missing column 'W_nowhere' (importance points of 'reliability')"), e.getMessage());
	}

	private List<ColumnMapping> weights() {
		return bank.model.getDataSources().get(0).getColumnMappings().stream()
				.filter(m -> m.getMeaning() == ColumnMeaning.IMPORTANCE_POINTS).toList();
	}

	@Test
	void aSurveyWithAHeaderRowOnlyIsRefused() throws Exception {
		bank.editLines("survey.csv", (i, line) -> i == 0 ? line : null);
		DataException e = assertThrows(DataException.class, bank::analyse);
		assertEquals(bank.data("survey.csv") + ":2: has a header row but no data rows", e.getMessage());
	}

	@Test
	void rowsWithoutASegmentCountInAllAndInAGroupOfTheirOwn() throws Exception {
		ServqualResult.Group allAsShipped = bank.analyse().survey().groups().get(0);
		bank.setCells("survey.csv", "segment", c -> "", 1, 2);
		ModelAnalysisResult result = bank.analyse();

		List<ServqualResult.Group> groups = result.survey().groups();
		assertEquals(List.of("all", "private", "relational", "transactional", "(no segment)"),
				groups.stream().map(ServqualResult.Group::segment).toList());
		// the segments do not change 'all' (up to the order of summation)
		assertEquals(allAsShipped.respondents(), groups.get(0).respondents());
		assertEquals(allAsShipped.unweighted(), groups.get(0).unweighted(), 1e-12);
		for (int d = 0; d < allAsShipped.dimensions().size(); d++) {
			assertEquals(allAsShipped.dimensions().get(d).gap(), groups.get(0).dimensions().get(d).gap(), 1e-12);
		}
		assertEquals(2, groups.get(4).respondents());
		assertEquals(197 - 2, groups.get(2).respondents(), "both rows were relational");
		assertTrue(result.warnings().contains(bank.data("survey.csv") + " column segment: 2 row(s) without a segment counted in "
				+ "'all' and in '(no segment)' (first at line 2)"), String.join("\n", result.warnings()));
	}

	@Test
	void twoStandardsOnOneKpiKeyAreEachMeasuredFromTheSameRows(@TempDir Path tiny) throws Exception {
		TinyBank small = new TinyBank(tiny);
		var strict = org.crmgap.model.CrmGapFactory.eINSTANCE.createServiceStandard();
		strict.setName("Queue, strict");
		strict.setDataKey("S1");
		strict.setTarget(9);
		strict.setDirection(org.crmgap.model.Direction.LOWER_IS_BETTER);
		small.model.getServiceStandards().add(strict);
		List<Indicator> rows = ModelAnalysis.analyse(small.model, small.file).indicators();
		// S1 measurements 8, 12, 10, 15: at most 10 met twice, at most 9 once
		assertEquals(0.5, compliance(rows, "Queue"), 1e-12);
		assertEquals(0.25, compliance(rows, "Queue, strict"), 1e-12);
	}

	private static double compliance(List<Indicator> rows, String standard) {
		return rows.stream().filter(r -> r.element().equals(standard) && r.name().equals("compliance")).findFirst()
				.orElseThrow().value();
	}

	@Test
	void dataOutsideTheModelsFolderIsReadOnlyWhenAllowed() throws Exception {
		bank.model.getDataSources().get(0).setLocation("../elsewhere/survey.csv");
		java.nio.file.Files.createDirectories(dir.resolveSibling("elsewhere"));
		DataException e = assertThrows(DataException.class, bank::analyse);
		assertTrue(e.getMessage().contains("lies outside the model's folder"), e.getMessage());

		bank.model.getDataSources().get(0).setLocation("/etc/passwd");
		e = assertThrows(DataException.class, bank::analyse);
		assertTrue(e.getMessage().startsWith("/etc/passwd: lies outside the model's folder"), e.getMessage());

		// allowed: read, and still not echoed (its first line has no delimiter, so it is not shown)
		e = assertThrows(DataException.class,
				() -> ModelAnalysis.analyse(bank.model, bank.file, ExampleCopy.FIRST_WAVE.allowingOutsideData(true)));
		assertTrue(e.getMessage().contains("missing column 'respondent'"), e.getMessage());
		assertTrue(!e.getMessage().contains("root"), e.getMessage());
	}

	@Test
	void aLinkInsideTheFolderToAFileOutsideIsRefused() throws Exception {
		Path outside = java.nio.file.Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-outside"));
		java.nio.file.Files.copy(bank.data("survey.csv"), outside.resolve("survey.csv"));
		java.nio.file.Files.delete(bank.data("survey.csv"));
		java.nio.file.Files.createSymbolicLink(bank.data("survey.csv"), outside.resolve("survey.csv"));
		DataException e = assertThrows(DataException.class, bank::analyse);
		assertTrue(e.getMessage().contains("lies outside the model's folder"), e.getMessage());
	}
}
