package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.examples.Examples;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.Severity;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless application's commands on the example and on broken input. */
class CommandLineTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return HeadlessApplication.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void summaryOfTheExampleCountsItsConcepts() throws IOException {
		int code = run("summary", Examples.file(Examples.RETAIL_BANK).toString());
		String text = out.toString();
		assertTrue(text.contains("Model: Northbridge Bank"), text);
		assertTrue(text.matches("(?s).*ServiceStandard\\s+17\\n.*"), text);
		assertTrue(text.matches("(?s).*CrmComponent\\s+14\\n.*"), text);
		assertTrue(text.contains("Gaps (17):"), text);
		assertTrue(text.contains("data/survey.csv") && !text.contains("(missing)"), text);
		assertEquals(0, code, text + err);
	}

	@Test
	void validateFailsWithTwoOnAModelWithErrors() throws IOException {
		// a gap must connect two elements: a gap without them violates the multiplicity [1]
		Path broken = Files.writeString(dir.resolve("broken.crmgap"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<crmgap:GapModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:crmgap="http://www.crmgap.org/crmgap/1.0" xmi:id="_m" name="Broken">
				  <gaps xmi:id="_g" name="Loose gap" kind="delivery"/>
				</crmgap:GapModel>
				""");
		assertEquals(2, run("validate", broken.toString(), "--structure-only"));
		assertTrue(out.toString().contains("Validation: 2 error(s)"), out.toString());
	}

	@Test
	void validateOfTheExampleReportsItsGapsAndNoStructuralError() throws IOException {
		assertEquals(1, run("validate", Examples.file(Examples.RETAIL_BANK).toString(), "--structure-only"), out.toString());
		assertTrue(out.toString().contains("Validation: 0 error(s)"), out.toString());
	}

	@Test
	void unreadableModelIsReportedWithItsName() {
		Path missing = dir.resolve("missing.crmgap");
		assertEquals(2, run("validate", missing.toString()));
		assertEquals("error: " + missing + ": file does not exist", err.toString().strip());
	}

	@Test
	void analyzeJudgesEveryGapOfTheExampleFromItsData() throws IOException {
		assertEquals(0, run("analyze", Examples.file(Examples.RETAIL_BANK).toString()), err.toString());
		String text = out.toString();
		for (String kind : new String[] { "knowledge", "policy", "delivery", "communication", "customer", "value",
				"componentReadiness", "coherence" }) {
			assertTrue(text.matches("(?s).*\\n  (ok|warning|error) +" + kind + " .*"), kind + " not judged:\n" + text);
		}
		assertTrue(text.startsWith("Analysis of Northbridge Bank, wave 2026\n"), "the latest wave by default:\n" + text);
		assertTrue(text.contains("data/survey-2026.csv: ") && text.contains("rows, sha256 "), text);
		assertTrue(!text.contains("unknown "), "every gap of the example has data:\n" + text);
	}

	@Test
	void analyzeWritesJsonToAFile() throws IOException {
		Path json = dir.resolve("analysis.json");
		assertEquals(0, run("analyze", Examples.file(Examples.RETAIL_BANK).toString(), "--format", "json", "--out", json.toString()));
		String text = Files.readString(json);
		assertTrue(text.startsWith("{") && text.contains("\"indicators\"") && text.contains("\"sha256\""), text);
	}

	@Test
	void snapshotsAreStoredOnlyWhenAskedFor() throws IOException {
		Path copy = Commands.copyExample(dir);
		byte[] before = Files.readAllBytes(copy);
		assertEquals(0, run("analyze", copy.toString()));
		assertArrayEquals(before, Files.readAllBytes(copy), "analysis alone never writes the model");
		assertEquals(0, run("analyze", copy.toString(), "--wave", "2025", "--store-snapshot"));
		GapModel stored = ModelFiles.load(copy);
		Gap queues = stored.getGaps().stream().filter(g -> g.getName().equals("Delivery gap: branch queues")).findFirst().orElseThrow();
		assertEquals(1, queues.getSnapshots().size());
		assertEquals("compliance", queues.getSnapshots().get(0).getIndicator());
		assertEquals(29.0 / 52, queues.getSnapshots().get(0).getValue(), 1e-12);
		assertEquals(52, queues.getSnapshots().get(0).getN());
		assertEquals(Severity.ERROR, queues.getSnapshots().get(0).getSeverity());
		assertEquals(4, queues.getSnapshots().get(0).getDataFingerprint().split(" ").length, "the four data files");
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(2, run("frobnicate"));
		assertTrue(err.toString().contains("Unmatched argument"), err.toString());
	}
}
