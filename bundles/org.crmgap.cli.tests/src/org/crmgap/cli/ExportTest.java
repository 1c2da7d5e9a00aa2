package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.examples.Examples;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** crmgap export: XMI identical to the model, JSON with the model's ids, CSV safe to open in a spreadsheet. */
class ExportTest {

	@TempDir
	Path dir;

	private int export(Path model, String format, Path out, String... more) {
		StringWriter text = new StringWriter();
		List<String> args = new ArrayList<>(List.of("export", model.toString(), "--format", format, "--out", out.toString()));
		args.addAll(List.of(more));
		return HeadlessApplication.run(args.toArray(String[]::new), new PrintWriter(text, true), new PrintWriter(text, true));
	}

	@Test
	void xmiExportIsTheCanonicalModel() throws IOException {
		Path model = Examples.file(Examples.RETAIL_BANK);
		Path out = dir.resolve("bank.xmi");
		assertEquals(0, export(model, "xmi", out));
		assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(out));
	}

	@Test
	void jsonExportCarriesNamesAndIds() throws IOException {
		Path model = Examples.file(Examples.RETAIL_BANK);
		Path out = dir.resolve("bank.json");
		assertEquals(0, export(model, "json", out));
		JsonNode json = new ObjectMapper().readTree(out.toFile());
		assertEquals("Northbridge Bank", json.get("name").asText());
		assertTrue(json.get("eClass").asText().startsWith("http://www.crmgap.org/crmgap/1.0#//GapModel"), json.get("eClass").asText());
		GapModel bank = ModelFiles.load(model);
		String segmentId = bank.eResource().getURIFragment(bank.getSegments().get(0));
		assertEquals(segmentId, json.get("segments").get(0).get("@id").asText());
	}

	@Test
	void csvNeutralisesFormulasButKeepsNegativeNumbers() throws IOException {
		Path model = Examples.file(Examples.RETAIL_BANK);
		GapModel bank = ModelFiles.load(model);
		bank.getServiceStandards().get(0).setName("=HYPERLINK(\"http://evil\",\"click\")");
		bank.getServiceStandards().get(1).setName("@SUM(A1:A9)");
		Path copy = dir.resolve("bank.crmgap");
		ModelFiles.save(bank, copy);
		Files.createDirectories(dir.resolve("data"));
		try (var files = Files.list(model.resolveSibling("data"))) {
			for (Path data : files.toList()) {
				Files.copy(data, dir.resolve("data").resolve(data.getFileName()));
			}
		}
		Path out = dir.resolve("indicators.csv");
		// the first wave, 2025, whose numbers the last assertion quotes (the latest is 2026)
		assertEquals(0, export(copy, "csv", out, "--wave", "2025"));
		String csv = Files.readString(out);
		assertTrue(csv.startsWith("kind,element,segment,indicator,value,ci_low,ci_high,p,n,severity\r\n"));
		assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""), csv);
		assertTrue(csv.contains("\n" + "delivery,'@SUM(A1:A9),all,compliance,"), csv);
		assertTrue(csv.matches("(?s).*\\ncustomer,reliability,all,customer gap,-1\\.17[0-9]+,-1\\.26[0-9]+,.*"), "negative numbers stay numbers");
	}
}
