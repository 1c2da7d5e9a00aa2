package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap profiles --format json} agrees with R (fixtures/profiles.R: {@code stats::kmeans} with Lloyd's algorithm
 * from the starting centres our run chose, {@code cluster::silhouette}, the adjusted Rand index checked against
 * {@code mclust}): for each k the starting centres, the sizes, centres, within-cluster sums of squares and mean silhouette
 * widths; the chosen k; each profile's size, dimension means and the items that set it apart; the profiles against the
 * segments. Numbers to 1e-9, by {@link JsonComparison} on the part of the output that the reference covers.
 */
class ProfilesReferenceTest {

	private final ObjectMapper json = new ObjectMapper();

	/** The fixture survey: three profiles hidden in expectation and bond answers, messy cells, rows without a segment. */
	@Test
	void fixtureProfilesAgreeWithR() throws IOException {
		Commands.Run run = Commands.run("profiles", Commands.FIXTURES.resolve("profiles-survey.csv").toString(), "--format", "json");
		assertEquals(1, run.code(), "the excluded 'n/a' and '9' are warnings: " + run.err());
		JsonNode actual = compare(run, "fixture", 600);
		assertEquals(3, actual.get("k").asInt(), "the three generated profiles have the highest silhouette");
		assertEquals(1.0, actual.get("segments").get("adjustedRand").asDouble(), 1e-12, "and are found exactly");
		assertEquals("BOND_social", actual.get("items").get(23).asText());
	}

	/** The example's survey against its three generated segments (README, Data and indicators). */
	@Test
	void exampleProfilesAgreeWithR() throws IOException {
		Path survey = Examples.file(Examples.RETAIL_BANK).resolveSibling("data/survey.csv");
		Commands.Run run = Commands.run("profiles", survey.toString(), "--format", "json");
		assertEquals(0, run.code(), run.err());
		JsonNode actual = compare(run, "example", 500);
		assertEquals(387, actual.get("complete").asInt());
		// README: adjusted Rand index 0.051 against the generated segments transactional, relational, private
		assertEquals(0.051, actual.get("segments").get("adjustedRand").asDouble(), 0.0005);
	}

	private JsonNode compare(Commands.Run run, String reference, int numbers) throws IOException {
		JsonNode expected = json.readTree(Commands.FIXTURES.resolve("profiles-reference.json").toFile()).get(reference);
		JsonNode actual = json.readTree(run.out());
		assertEquals(List.of(), JsonComparison.differences(expected, JsonComparison.project(expected, actual)));
		assertTrue(JsonComparison.countNumbers(expected) > numbers, "the comparison covers the whole reference: "
				+ JsonComparison.countNumbers(expected));
		assertEquals(5, expected.get("candidates").size(), "every k from 2 to 6");
		return actual;
	}
}
