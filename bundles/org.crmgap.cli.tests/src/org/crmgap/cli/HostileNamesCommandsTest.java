package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.model.GapKind;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with quotes, semicolons, {@code --}, spaces and accents (dimensions, columns, segments) reach every
 * command that reads the data as plain values: none of them may reach the SQL parser.
 */
class HostileNamesCommandsTest {

	@TempDir
	Path dir;

	@Test
	void everyCommandThatReadsTheDataWorksOnHostileNames() throws Exception {
		HostileNamesModel hostile = new HostileNamesModel(dir);
		// a segment and a customer gap on the dimension called "after-sales; DROP TABLE survey; --": validate judges it
		var f = org.crmgap.model.CrmGapFactory.eINSTANCE;
		var partner = f.createCustomerSegment();
		partner.setName("Partner '; --");
		partner.setDataKey("Partner");
		hostile.model.getSegments().add(partner);
		var expectation = f.createExpectation();
		expectation.setName("Quick after-sales");
		expectation.setDimension(hostile.model.getDimensions().get(2));
		partner.getExpectations().add(expectation);
		var gap = f.createGap();
		gap.setName("Gap '; DROP TABLE kpi; --");
		gap.setKind(GapKind.CUSTOMER);
		gap.setReference(expectation);
		gap.setActual(partner);
		gap.setSegment(partner);
		hostile.model.getGaps().add(gap);
		ModelFiles.save(hostile.model, hostile.file);
		String model = hostile.file.toString();

		Commands.Run analyze = Commands.run("analyze", model);
		assertTrue(analyze.code() < 2, analyze.err());
		assertTrue(analyze.out().contains(HostileNamesModel.AFTER_SALES), analyze.out());

		Commands.Run validate = Commands.run("validate", model);
		assertEquals("", validate.err());
		assertTrue(validate.out().contains("Gap '; DROP TABLE kpi; --"), validate.out());

		Path report = dir.resolve("report.html");
		Commands.Run html = Commands.run("report", model, "--out", report.toString());
		assertEquals(0, html.code(), html.err());
		assertTrue(Files.readString(report).contains("r\u00e9activit\u00e9 &quot;rapide&quot;"));

		Commands.Run csv = Commands.run("export", model, "--format", "csv");
		assertEquals(0, csv.code(), csv.err());
		assertTrue(csv.out().contains("customer,after-sales; DROP TABLE survey; --,Partner '; --,customer gap,-0.93137254901960"), csv.out());
	}
}
