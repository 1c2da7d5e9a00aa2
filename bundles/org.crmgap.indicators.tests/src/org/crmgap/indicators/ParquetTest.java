package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A survey as Parquet gives exactly the analysis of the same survey as CSV. */
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
		ServqualResult fromCsv = SurveyFixtures.analyse(csv, null);
		ServqualResult fromParquet;
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new TableLoader(engine).loadParquet(parquet, "survey", ColumnRules.wideSurvey(Scale.LIKERT_7));
			assertEquals(48, survey.rows());
			assertTrue(survey.fingerprint().file().endsWith("survey.parquet"));
			fromParquet = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, null, Scale.LIKERT_7);
		}
		assertEquals(fromCsv, fromParquet);
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
