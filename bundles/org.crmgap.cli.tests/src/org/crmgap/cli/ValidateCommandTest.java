package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code crmgap validate} on the example: exit codes a CI pipeline can use, JSON and SARIF output. */
class ValidateCommandTest {

	@Test
	void validateExitCodesWorkInAPipeline() throws Exception {
		String model = Examples.file(Examples.RETAIL_BANK).toString();
		assertEquals(1, Commands.run("validate", model, "--structure-only").code(), "structure: warnings only");
		Commands.Run full = Commands.run("validate", model, "--format", "json");
		assertEquals(2, full.code(), "the data puts gaps past their error thresholds");
		JsonNode json = new ObjectMapper().readTree(full.out());
		assertTrue(json.get("errors").asInt() > 0);
		assertTrue(json.get("diagnostics").get(0).has("rule"));
		JsonNode sarif = new ObjectMapper().readTree(Commands.run("validate", model, "--format", "sarif").out());
		assertEquals("2.1.0", sarif.get("version").asText());
		assertTrue(sarif.get("runs").get(0).get("results").size() > 0);
	}
}
