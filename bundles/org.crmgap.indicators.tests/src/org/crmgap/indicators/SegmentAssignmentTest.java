package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.GapKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer survey's segments from a segment-assignment file ({@code respondent,profile}), against the same survey
 * with the segments written into it, and against hand computation (in the comments).
 */
class SegmentAssignmentTest {

	/** a: tangibles 5-6, reliability 4-7; b: 0, 0; c: -3, -3; d: +2, 0; e: 0, 0 (value items: -1, 0, -2, +2, 0). */
	private static final String[] ROWS = { "a,6,5,7,4,5,4", "b,5,5,6,6,6,6", "c,7,4,6,3,4,2", "d,4,6,5,5,3,5", "e,7,7,7,7,7,7" };
	/** a and c are Retail (r), b and d Business (b); e is not in the file. */
	private static final String ASSIGNMENTS = "respondent,profile\na,r\nb,b\nc,r\nd,b\n";

	@TempDir
	Path dir;

	private TinyBank bank;

	@BeforeEach
	void bank() throws Exception {
		bank = new TinyBank(dir);
		CustomerSegment business = CrmGapFactory.eINSTANCE.createCustomerSegment();
		business.setName("Business");
		business.setDataKey("b");
		bank.model.getSegments().add(business);
	}

	private void survey(boolean withSegments, String segmentOfEveryone) throws Exception {
		StringBuilder csv = new StringBuilder("respondent," + (withSegments ? "segment," : "") + "E1,P1,E5,P5,VALUE_E1,VALUE_P1\n");
		String[] segments = { "r", "b", "r", "b", "" };
		for (int i = 0; i < ROWS.length; i++) {
			String[] cells = ROWS[i].split(",", 2);
			String segment = segmentOfEveryone != null ? segmentOfEveryone : segments[i];
			csv.append(cells[0]).append(withSegments ? "," + segment : "").append(',').append(cells[1]).append('\n');
		}
		Files.writeString(dir.resolve("survey.csv"), csv);
	}

	private void assignments() throws Exception {
		bank.source("profiles.csv", DataRole.SEGMENT_ASSIGNMENT, ASSIGNMENTS, ColumnMeaning.RESPONDENT, "respondent",
				ColumnMeaning.SEGMENT, "profile");
	}

	private static List<Indicator> surveyRows(ModelAnalysisResult result) {
		return result.indicators().stream().filter(r -> r.kind() == GapKind.CUSTOMER || r.kind() == GapKind.VALUE).toList();
	}

	private static double value(ModelAnalysisResult result, GapKind kind, String element, String segment, String name) {
		return result.indicators().stream().filter(r -> r.kind() == kind && r.element().equals(element)
				&& r.segment().equals(segment) && r.name().startsWith(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + element + " " + segment + " " + name + " in " + result.indicators()))
				.value();
	}

	@Test
	void theAssignmentGivesTheIndicatorsOfTheSegmentColumn() throws Exception {
		survey(true, null);
		List<Indicator> written = surveyRows(ModelAnalysis.analyse(bank.model, bank.file));
		survey(false, null);
		assignments();
		ModelAnalysisResult assigned = ModelAnalysis.analyse(bank.model, bank.file);
		assertEquals(written, surveyRows(assigned));
		// Retail (a, c): tangibles (-1 - 3) / 2, reliability (-3 - 3) / 2; Business (b, d): (0 + 2) / 2, (0 + 0) / 2
		assertEquals(-2.0, value(assigned, GapKind.CUSTOMER, "tangibles", "Retail", "customer gap"), 1e-12);
		assertEquals(-3.0, value(assigned, GapKind.CUSTOMER, "reliability", "Retail", "customer gap"), 1e-12);
		assertEquals(1.0, value(assigned, GapKind.CUSTOMER, "tangibles", "Business", "customer gap"), 1e-12);
		assertEquals(0.0, value(assigned, GapKind.CUSTOMER, "reliability", "Business", "customer gap"), 1e-12);
		// all five: tangibles -2/5, reliability -6/5; e alone in "(no segment)"
		assertEquals(-0.4, value(assigned, GapKind.CUSTOMER, "tangibles", "all", "customer gap"), 1e-12);
		assertEquals(-1.2, value(assigned, GapKind.CUSTOMER, "reliability", "all", "customer gap"), 1e-12);
		assertEquals(0.0, value(assigned, GapKind.CUSTOMER, "tangibles", "(no segment)", "customer gap"), 1e-12);
		// value gap: Retail (-1 - 2) / 2, Business (0 + 2) / 2
		assertEquals(-1.5, value(assigned, GapKind.VALUE, "Retail", "Retail", "value gap"), 1e-12);
		assertEquals(1.0, value(assigned, GapKind.VALUE, "Business", "Business", "value gap"), 1e-12);
		assertTrue(assigned.warnings().stream().anyMatch(w -> w.contains("column respondent: 1 " + SegmentAssignments.NOT_ASSIGNED)
				&& w.contains("(first at line 6: 'e')")), assigned.warnings().toString());
		assertTrue(assigned.data().stream().anyMatch(d -> d.file().endsWith("profiles.csv")), "the file is in the data read");
	}

	@Test
	void theAssignmentWinsOverTheSurveysSegmentColumn() throws Exception {
		survey(true, "r");
		assignments();
		ModelAnalysisResult assigned = ModelAnalysis.analyse(bank.model, bank.file);
		assertEquals(1.0, value(assigned, GapKind.CUSTOMER, "tangibles", "Business", "customer gap"), 1e-12);
		assertEquals(-2.0, value(assigned, GapKind.CUSTOMER, "tangibles", "Retail", "customer gap"), 1e-12);
	}
}
