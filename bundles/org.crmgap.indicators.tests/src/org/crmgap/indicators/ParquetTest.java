package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import org.crmgap.data.ColumnRules;
import org.crmgap.data.DataException;
import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.TableLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A survey as Parquet gives the analysis R computed from the same survey as CSV (fixtures/reference.R). */
class ParquetTest {

	@TempDir
	Path dir;

	@Test
	void parquetSurveyAnalysesLikeItsCsv() throws Exception {
		Path csv = SurveyFixtures.DIR.resolve("survey-ref.csv");
		Path parquet = dir.resolve("survey.parquet");
		try (DuckDbEngine engine = DuckDbEngine.inMemory(); Statement s = engine.connection().createStatement()) {
			s.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true)) TO '" + parquet + "' (FORMAT parquet)");
		}
		ServqualResult fromParquet;
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new TableLoader(engine).loadParquet(parquet, "survey", ColumnRules.wideSurvey(Scale.LIKERT_7));
			assertEquals(48, survey.rows());
			assertTrue(survey.fingerprint().file().endsWith("survey.parquet"));
			fromParquet = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, null, Scale.LIKERT_7);
		}
		// R's values for the same rows (reference.json: the groups do not depend on the managers' file)
		JsonNode groups = new ObjectMapper().readTree(SurveyFixtures.DIR.resolve("reference.json").toFile()).get("groups");
		assertEquals(groups.size(), fromParquet.groups().size());
		int compared = 0;
		for (int g = 0; g < groups.size(); g++) {
			JsonNode expected = groups.get(g);
			ServqualResult.Group group = fromParquet.groups().get(g);
			assertEquals(expected.get("segment").asText(), group.segment());
			assertEquals(expected.get("respondents").asLong(), group.respondents());
			compared += close(expected.get("unweighted"), group.unweighted(), group.segment() + " unweighted");
			compared += close(expected.get("weighted"), group.weighted(), group.segment() + " weighted");
			assertEquals(expected.get("dimensions").size(), group.dimensions().size());
			for (int d = 0; d < group.dimensions().size(); d++) {
				JsonNode r = expected.get("dimensions").get(d);
				ServqualResult.Dimension dimension = group.dimensions().get(d);
				String at = group.segment() + " " + dimension.name() + " ";
				assertEquals(r.get("name").asText(), dimension.name());
				assertEquals(r.get("n").asLong(), dimension.n(), at + "n");
				compared += close(r.get("gap"), dimension.gap(), at + "gap");
				compared += close(r.get("t"), dimension.t(), at + "t");
				compared += close(r.get("df"), dimension.df() == null ? null : dimension.df().doubleValue(), at + "df");
				compared += closeRelative(r.get("p"), dimension.p(), at + "p");
				compared += close(r.get("ciLow"), dimension.ciLow(), at + "ciLow");
				compared += close(r.get("ciHigh"), dimension.ciHigh(), at + "ciHigh");
				compared += close(r.get("alphaP"), dimension.alphaP(), at + "alphaP");
				compared += close(r.get("alphaE"), dimension.alphaE(), at + "alphaE");
				compared += close(r.get("msa"), dimension.msa(), at + "msa");
				compared += close(r.get("mss"), dimension.mss(), at + "mss");
			}
			assertEquals(expected.get("items").size(), group.items().size());
			for (int i = 0; i < group.items().size(); i++) {
				JsonNode r = expected.get("items").get(i);
				ServqualResult.Item item = group.items().get(i);
				assertEquals(r.get("item").asInt(), item.item());
				assertEquals(r.get("n").asLong(), item.n(), group.segment() + " item " + item.item() + " n");
				compared += close(r.get("gap"), item.gap(), group.segment() + " item " + item.item() + " gap");
			}
		}
		assertEquals(3 * (2 + 5 * 10 + 22), compared, "every number of the three groups");
	}

	/** Within 1e-9 of R, or null where R has none; 1 when a number was compared. */
	private static int close(JsonNode expected, Double actual, String what) {
		if (expected == null || expected.isNull()) {
			assertNull(actual, what);
			return 0;
		}
		assertEquals(expected.asDouble(), actual, 1e-9, what);
		return 1;
	}

	/** p-values: within 1e-6 relative of R. */
	private static int closeRelative(JsonNode expected, Double actual, String what) {
		if (expected == null || expected.isNull()) {
			assertNull(actual, what);
			return 0;
		}
		assertEquals(expected.asDouble(), actual, 1e-6 * Math.abs(expected.asDouble()), what);
		return 1;
	}

	@Test
	void notParquetIsAClearError() throws Exception {
		Path fake = Files.writeString(dir.resolve("fake.parquet"), "respondent,segment\nA,x\n");
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataException e = assertThrows(DataException.class,
					() -> new TableLoader(engine).loadParquet(fake, "survey", ColumnRules.wideSurvey(Scale.LIKERT_7)));
			assertTrue(e.getMessage().startsWith(fake + ": cannot be read as Parquet"), e.getMessage());
		}
	}
}
