package org.crmgap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each export is recognised from its header rows; a plain wide survey is never taken for one. */
class ExportFormatTest {

	@Test
	void plainWideSurveysStayPlain() {
		assertEquals(ExportFormat.PLAIN, ExportFormat.of(List.of(List.of("respondent", "segment", "E1", "P1", "W_tangibles"),
				List.of("R01", "online", "5", "6", "20"), List.of("R02", "", "", "7", ""))));
		assertEquals(ExportFormat.PLAIN, ExportFormat.of(List.of(List.of("id", "E1", "P1"))));
	}

	@Test
	void exportsByTheirHeaderRows() {
		assertEquals(ExportFormat.QUALTRICS, ExportFormat.of(List.of(List.of("StartDate", "ResponseId", "Q1_1"),
				List.of("Start Date", "Response ID", "Expectations - Equipment"),
				List.of("{\"ImportId\":\"startDate\"}", "{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"QID1_1\"}"))));
		assertEquals(ExportFormat.SURVEYMONKEY, ExportFormat.of(List.of(List.of("Respondent ID", "Expectations", ""),
				List.of("", "Equipment", "Facilities"), List.of("114", "Agree", "Disagree"))));
		assertEquals(ExportFormat.LIMESURVEY, ExportFormat.of(List.of(List.of("id", "E[SQ001]"), List.of("1", "Agree"))));
		assertEquals(ExportFormat.LIMESURVEY, ExportFormat.of(List.of(List.of("id", "submitdate", "startlanguage", "E1"))));
	}
}
