package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap profiles}: the text and the assignment file, reproducibility by the seed, another segment column, and bad
 * input as one line on stderr with nothing on stdout and exit code 2. The survey file is never written.
 */
class ProfilesCommandTest {

	private static final Path FIXTURE = Commands.FIXTURES.resolve("profiles-survey.csv");

	@TempDir
	Path dir;

	@Test
	void textShowsTheSilhouetteTableTheProfilesAndTheSegments() {
		Commands.Run run = Commands.run("profiles", FIXTURE.toString());
		assertEquals(1, run.code(), run.err());
		String out = run.out();
		assertTrue(out.contains("64 of 90 respondents answered every one of them; 26 left out"), out);
		// the silhouette of each k (R: profiles-reference.json), the highest marked
		assertTrue(out.matches("(?s).*\\n   2       0\\.336 .*\\n   3       0\\.378 .*<- highest silhouette\\n   4       0\\.270 .*\\n"
				+ "   5 .*\\n   6 .*"), out);
		assertTrue(out.contains("profile 2 \"High social bond, low financial bond\": 22 respondents (34.4 %)"), out);
		assertTrue(out.contains("  empathy          6.427    4.922      +1.505"), out);
		assertTrue(out.contains("against the segments of column 'segment' (62 respondents; 2 without a segment left out): "
				+ "adjusted Rand index 1.000"), out);
		assertEquals(List.of("warning: " + FIXTURE + " column E7: 1 non-numeric value(s) excluded (first at line 8: 'n/a')",
				"warning: " + FIXTURE + " column BOND_social: 1 value(s) outside 1..7 excluded (first at line 53: '9')"),
				run.err().lines().toList());
	}

	@Test
	void theSeedMakesTheRunReproducibleAndIsRecorded() throws IOException {
		ObjectMapper json = new ObjectMapper();
		Commands.Run first = Commands.run("profiles", FIXTURE.toString(), "--format", "json", "--seed", "7");
		Commands.Run again = Commands.run("profiles", FIXTURE.toString(), "--format", "json", "--seed", "7");
		assertEquals(first.out(), again.out());
		JsonNode result = json.readTree(first.out());
		assertEquals(7, result.get("seed").asLong());
		Commands.Run other = Commands.run("profiles", FIXTURE.toString(), "--format", "json", "--seed", "8");
		JsonNode otherResult = json.readTree(other.out());
		assertFalse(result.get("candidates").equals(otherResult.get("candidates")), "another seed starts elsewhere");
		// well separated profiles: found from any seed
		assertEquals(result.get("profiles"), otherResult.get("profiles"));
	}

	@Test
	void kAskedForIsProposedAndTheTableStillShowsEveryK() throws IOException {
		Commands.Run run = Commands.run("profiles", FIXTURE.toString(), "--k", "4", "--format", "json");
		JsonNode result = new ObjectMapper().readTree(run.out());
		assertEquals(4, result.get("k").asInt());
		assertEquals("--k", result.get("chosenBy").asText());
		assertEquals(4, result.get("profiles").size());
		assertEquals(5, result.get("candidates").size());
	}

	@Test
	void chosenItemsAndAnotherSegmentColumn() throws IOException {
		Commands.Run run = Commands.run("profiles", FIXTURE.toString(), "--items", "E18,E19,E20,E21,E22,BOND_social",
				"--segment-column", "channel", "--format", "json");
		JsonNode result = new ObjectMapper().readTree(run.out());
		assertEquals(List.of("E18", "E19", "E20", "E21", "E22", "BOND_social"),
				new ObjectMapper().convertValue(result.get("items"), List.class));
		JsonNode segments = result.get("segments");
		assertEquals("channel", segments.get("column").asText());
		assertEquals(List.of("branch", "online", "phone"), new ObjectMapper().convertValue(segments.get("segments"), List.class));
		assertTrue(Math.abs(segments.get("adjustedRand").asDouble()) < 0.1, "the channel was drawn at random: " + segments);
	}

	@Test
	void aMeanOfNothingIsNullInJson() throws IOException {
		// a dimension none of a profile's respondents answered has no mean: JSON null, not Jackson's string "NaN"
		java.io.StringWriter text = new java.io.StringWriter();
		ResultJson.write(new org.crmgap.indicators.profiles.ProfileResult.DimensionMean("empathy", Double.NaN, 4.5, Double.NaN),
				new java.io.PrintWriter(text));
		JsonNode dimension = new ObjectMapper().readTree(text.toString());
		assertTrue(dimension.get("mean").isNull() && dimension.get("difference").isNull(), dimension.toString());
		assertEquals(4.5, dimension.get("overall").asDouble(), 0);
	}

	@Test
	void assignmentsGoToANewFileAndTheSurveyStaysAsItWas() throws IOException {
		Path survey = Files.copy(FIXTURE, dir.resolve("survey.csv"));
		byte[] before = Files.readAllBytes(survey);
		Path out = dir.resolve("profiles.csv");
		Commands.Run run = Commands.run("profiles", survey.toString(), "--assignments", out.toString());
		assertEquals(1, run.code(), run.err());
		assertTrue(run.out().endsWith("wrote " + out + "\n"), run.out());
		assertArrayEquals(before, Files.readAllBytes(survey));
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertEquals(91, lines.size(), "a header and every respondent");
		assertEquals("respondent,profile", lines.get(0));
		assertEquals(64, lines.stream().skip(1).filter(l -> l.matches("K\\d{3},[123]")).count());
		assertEquals(26, lines.stream().skip(1).filter(l -> l.matches("K\\d{3},")).count(), "left out: no profile");
		assertEquals("K007,", lines.get(7), "the row with 'n/a' in E7");
		assertEquals(List.of("survey.csv", "profiles.csv"), List.of(survey.getFileName().toString(), out.getFileName().toString()));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "nothing else written beside the data");
		}
	}

	@Test
	void theSurveyItselfIsNeverTheAssignmentFile() throws IOException {
		Path survey = Files.copy(FIXTURE, dir.resolve("survey.csv"));
		byte[] before = Files.readAllBytes(survey);
		Path link = Files.createSymbolicLink(dir.resolve("link.csv"), survey);
		for (Path target : List.of(survey, dir.resolve("x/../survey.csv"), link)) {
			Commands.Run run = Commands.run("profiles", survey.toString(), "--assignments", target.toString());
			assertEquals(2, run.code(), run.err());
			assertEquals("error: " + target + ": is the survey file itself; --assignments writes a new file", run.err().strip());
			assertEquals("", run.out());
			assertArrayEquals(before, Files.readAllBytes(survey));
		}
	}

	@Test
	void badInputIsOneLineAndExitCodeTwo() throws IOException {
		Path missing = dir.resolve("gone.csv");
		assertError("error: " + missing + ": file does not exist", "profiles", missing.toString());
		assertError("error: --k must be between 2 and 6, not 7", "profiles", FIXTURE.toString(), "--k", "7");
		assertError("error: --k must be between 2 and 6, not 1", "profiles", FIXTURE.toString(), "--k", "1");
		assertError("error: " + FIXTURE + ":1 column E99: missing column 'E99' (an item chosen to cluster on); the first row names "
				+ "'respondent', 'segment', 'channel', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7' and 19 more", "profiles", FIXTURE.toString(),
				"--items", "E1,E99");
		assertError("error: " + FIXTURE + ":1 column region: missing column 'region' (the segment column to compare the profiles "
				+ "with); the first row names 'respondent', 'segment', 'channel', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7' and 19 more",
				"profiles", FIXTURE.toString(), "--segment-column", "region");
		assertError("error: " + FIXTURE + ": column 'segment' names respondents or segments: it cannot be clustered on", "profiles",
				FIXTURE.toString(), "--items", "E1,segment");
		assertError("error: --items names no column", "profiles", FIXTURE.toString(), "--items", ",");

		Path perceptions = write("perceptions.csv", "respondent,segment,P1,P2\nr1,a,3,4\nr2,b,5,6\n");
		assertError("error: " + perceptions + ": no item columns to cluster on: no expectation columns (E1, E2, ...) and no "
				+ "relationship-bond columns (BOND_<name>); name the items to use", "profiles", perceptions.toString());

		StringBuilder few = new StringBuilder("respondent,E1,E2\n");
		for (int i = 1; i <= 14; i++) {
			few.append('r').append(i).append(',').append(i % 7 + 1).append(',').append(i % 3 == 0 ? "" : String.valueOf(i % 5 + 1))
					.append('\n');
		}
		Path sparse = write("sparse.csv", few.toString());
		assertError("error: " + sparse + ": too few complete rows: 10 of 14 rows answer every one of the 2 items; profiles need "
				+ "at least 12 (2 per profile for up to 6 profiles)", "profiles", sparse.toString());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static void assertError(String message, String... args) {
		Commands.Run run = Commands.run(args);
		assertEquals(2, run.code(), run.out() + run.err());
		assertEquals(message, run.err().strip());
		assertEquals("", run.out());
	}
}
