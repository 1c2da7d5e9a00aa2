package org.crmgap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A survey-tool export's cells reach the plain CSV as they are: commas, semicolons and quotes inside a cell kept. */
class SurveyExportTest {

	@TempDir
	Path dir;

	@Test
	void cellsWithDelimitersAndQuotesAreReadBackAsInTheExport() throws Exception {
		Path export = Files.writeString(dir.resolve("limesurvey.csv"), """
				id,submitdate,startlanguage,segment,E1,P1
				1,2026-11-02,en,"Private, \"\"premium\"\"",Strongly agree,Somewhat agree
				2,2026-11-02,en,North; south,Disagree,7
				3,2026-11-02,en,online,,Strongly disagree
				""");
		assertEquals(ExportFormat.LIMESURVEY, SurveyExport.detect(export));
		List<List<String>> rows = new ArrayList<>();
		try (SurveyExport plain = SurveyExport.convert(export, ExportFormat.LIMESURVEY, AnswerTable.defaults(Scale.LIKERT_7), List.of());
				DuckDbEngine engine = DuckDbEngine.inMemory();
				Statement s = engine.connection().createStatement();
				ResultSet r = s.executeQuery("SELECT respondent, segment, E1, P1 FROM " + engine.csvRelation(plain.plainCsv(), ',', true)
						+ " ORDER BY respondent")) {
			while (r.next()) {
				rows.add(List.of(r.getString(1), r.getString(2), String.valueOf(r.getString(3)), r.getString(4)));
			}
		}
		// the answers by the default 7-point labels (Strongly agree 7, Somewhat agree 5, Disagree 2, Strongly disagree 1)
		assertEquals(List.of(List.of("1", "Private, \"premium\"", "7", "5"), List.of("2", "North; south", "2", "7"),
				List.of("3", "online", "null", "1")), rows);
	}
}
