package org.crmgap.indicators.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.data.DataException;
import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.TableLoader;
import org.crmgap.indicators.ServiceDimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile discovery's parts on cases worked out by hand (silhouette, adjusted Rand index, names) and its whole on the
 * example's survey (reproducible by the seed, the profiles' means add up to the overall means). The values against R
 * are checked through the command line ({@code ProfilesReferenceTest} in {@code org.crmgap.cli.tests}).
 */
class ProfileDiscoveryTest {

	static final Path EXAMPLE_SURVEY = Path.of("../org.crmgap.examples/models/retail-bank/data/survey.csv").toAbsolutePath()
			.normalize();

	@TempDir
	Path dir;

	/** 0, 1 | 10, 11 on a line: a = 1 for every point, b = 10.5 or 9.5. */
	@Test
	void silhouetteByHand() {
		double[][] x = { { 0 }, { 1 }, { 10 }, { 11 } };
		assertEquals((9.5 / 10.5 + 8.5 / 9.5) / 2, Silhouette.meanWidth(x, new int[] { 0, 0, 1, 1 }, 2), 1e-15);
		// 0 alone in its profile: 0; 1: a = (9 + 10) / 2, b = 1; 10: a = (9 + 1) / 2, b = 10; 11: a = (10 + 1) / 2, b = 11
		double expected = (0 + (1 - 9.5) / 9.5 + (10 - 5) / 10.0 + (11 - 5.5) / 11) / 4;
		assertEquals(expected, Silhouette.meanWidth(x, new int[] { 0, 1, 1, 1 }, 2), 1e-15);
		assertEquals(0.0, Silhouette.meanWidth(new double[][] { { 0 }, { 0 } }, new int[] { 0, 1 }, 2), 0, "each alone");
	}

	/** The contingency table 2 1 0 / 0 2 1 / 1 0 3: (5 − 144/45) / (12 − 144/45) = 0.2045… (mclust::adjustedRandIndex). */
	@Test
	void adjustedRandIndexByHand() {
		assertEquals(0.2045454545454545, AdjustedRand.index(List.of(List.of(2L, 1L, 0L), List.of(0L, 2L, 1L), List.of(1L, 0L, 3L))),
				1e-15);
		assertEquals(1.0, AdjustedRand.index(List.of(List.of(3L, 0L), List.of(0L, 4L))), 1e-15);
		assertEquals(1.0, AdjustedRand.index(List.of(List.of(0L, 3L), List.of(4L, 0L))), 1e-15, "labels do not matter");
		assertNull(AdjustedRand.index(List.of(List.of(5L))), "one group on each side: undefined");
	}

	@Test
	void namesComeFromWhatSetsAProfileApart() {
		assertEquals("High Reliability expectations", ProfileNames.name(List.of(d("E5", "Reliability expectations", 1.2),
				d("E6", "Reliability expectations", 0.8), d("E18", "Empathy expectations", 0.1)), true));
		assertEquals("High expectations overall", ProfileNames.name(List.of(d("E5", "Reliability expectations", 0.9),
				d("E18", "Empathy expectations", 0.5)), true));
		assertEquals("Low answers overall", ProfileNames.name(List.of(d("E5", "Reliability expectations", -0.9),
				d("BOND_social", "social bond", -0.6)), false));
		assertEquals("Low social bond, high financial bond", ProfileNames.name(List.of(d("E5", "Reliability expectations", 0.2),
				d("BOND_social", "social bond", -0.9), d("BOND_financial", "financial bond", 0.8)), false));
		List<ProfileResult.ItemDifference> high = List.of(d("E5", "Reliability expectations", 1), d("E18", "Empathy expectations", 0));
		assertEquals(List.of("High Reliability expectations", "High Reliability expectations (2)"),
				ProfileNames.names(List.of(high, high), true));
	}

	@Test
	void exampleIsReproducibleByItsSeedAndItsProfilesAddUp() throws Exception {
		ProfileResult result = discover(EXAMPLE_SURVEY, ProfileOptions.defaults());
		assertEquals(result, discover(EXAMPLE_SURVEY, ProfileOptions.defaults()), "the same seed, the same result");
		assertEquals(600, result.rows());
		assertEquals(387, result.complete());
		assertEquals(22, result.items().size());
		assertEquals(List.of(2, 3, 4, 5, 6), result.candidates().stream().map(ProfileResult.Candidate::k).toList());
		ProfileResult.Candidate best = result.candidates().stream()
				.max(java.util.Comparator.comparingDouble(ProfileResult.Candidate::silhouette)).orElseThrow();
		assertEquals(best.k(), result.k(), "the k with the highest silhouette");
		// the profiles' dimension means, weighted by their sizes, are the overall means
		for (int d = 0; d < 5; d++) {
			double weighted = 0;
			for (ProfileResult.Profile p : result.profiles()) {
				weighted += p.share() * p.dimensions().get(d).mean();
			}
			assertEquals(result.profiles().get(0).dimensions().get(d).overall(), weighted, 1e-12);
		}
		// every respondent once, in the survey's order, with its profile when it was clustered
		assertEquals(600, result.assignments().size());
		assertEquals("C0001", result.assignments().get(0).respondent());
		assertEquals(387, result.assignments().stream().filter(a -> a.profile() != null).count());
		for (ProfileResult.Profile p : result.profiles()) {
			assertEquals(p.size(), result.assignments().stream().filter(a -> Integer.valueOf(p.profile()).equals(a.profile())).count());
		}
		ProfileOptions otherSeed = new ProfileOptions(List.of(), null, 1, ProfileOptions.DEFAULT_STARTS, null);
		assertNotEquals(result.candidates().get(0).initialCentres(), discover(EXAMPLE_SURVEY, otherSeed).candidates().get(0)
				.initialCentres());
	}

	@Test
	void askedForKAndOneStart() throws Exception {
		ProfileResult result = discover(EXAMPLE_SURVEY, new ProfileOptions(List.of("E1", "E5", "E10"), 4, 3, 1, null));
		assertEquals(4, result.k());
		assertTrue(result.kGiven());
		assertEquals(4, result.profiles().size());
		assertTrue(result.candidates().stream().allMatch(c -> c.start() == 1));
		assertEquals(List.of("E1", "E5", "E10"), result.items());
	}

	@Test
	void optionsOutOfRangeAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new ProfileOptions(List.of(), 7, 1, 10, null));
		assertThrows(IllegalArgumentException.class, () -> new ProfileOptions(List.of(), 1, 1, 10, null));
		assertThrows(IllegalArgumentException.class, () -> new ProfileOptions(List.of(), null, 1, 0, null));
		assertThrows(IllegalArgumentException.class, () -> new ProfileOptions(List.of("E1", "E1"), null, 1, 10, null));
	}

	/** Fewer answer patterns than profiles: k stops there, and a k asked for beyond it is refused. */
	@Test
	void fewAnswerPatterns() throws Exception {
		StringBuilder csv = new StringBuilder("respondent,E1,E2\n");
		for (int i = 0; i < 30; i++) {
			csv.append('r').append(i).append(',').append(i % 3 + 1).append(',').append(i % 3 + 1).append('\n');
		}
		Path file = Files.writeString(dir.resolve("three.csv"), csv, StandardCharsets.UTF_8);
		ProfileResult result = discover(file, ProfileOptions.defaults());
		assertEquals(List.of(2, 3), result.candidates().stream().map(ProfileResult.Candidate::k).toList());
		assertEquals(List.of("only 3 different answer patterns: k up to 3 only"), result.warnings());
		assertEquals(1.0, result.candidates().get(1).silhouette(), 1e-15, "three points, each its own profile: a = 0");
		DataException e = assertThrows(DataException.class,
				() -> discover(file, new ProfileOptions(List.of(), 4, 1, 10, null)));
		assertEquals(file + ": k = 4 needs 4 different answer patterns; the complete rows have 3", e.getMessage());
	}

	/**
	 * Above 10,000 clustered rows the silhouette is computed on a seeded sample of 10,000: three groups, each high (6 or 7)
	 * on its own item and low (1 or 2) on the others, are found.
	 */
	@Test
	void largeSurveySilhouetteOnASample() throws Exception {
		StringBuilder csv = new StringBuilder("respondent,segment,E1,E2,E3\n");
		int n = ProfileDiscovery.SILHOUETTE_ROWS + 50;
		for (int i = 0; i < n; i++) {
			int group = i % 3;
			int bits = i / 3 % 8;
			csv.append('r').append(i).append(",g").append(group);
			for (int item = 0; item < 3; item++) {
				csv.append(',').append((item == group ? 6 : 1) + (bits >> item & 1));
			}
			csv.append('\n');
		}
		Path file = Files.writeString(dir.resolve("large.csv"), csv, StandardCharsets.UTF_8);
		ProfileResult result = discover(file, new ProfileOptions(List.of(), null, 5, 2, null));
		assertEquals(Integer.valueOf(ProfileDiscovery.SILHOUETTE_ROWS), result.silhouetteRows());
		assertEquals(3, result.k(), result.candidates().toString());
		assertEquals(1.0, result.segments().adjustedRand(), 1e-12);
		// within a group the answers lie at most √3 apart, between groups at least √(5² + 5²) − 2: a < 1.3, b > 5
		assertTrue(result.candidates().get(1).silhouette() > 0.7, result.candidates().toString());
	}

	/** The API's caller names the columns: one the table lacks is said, not an SQL error. */
	@Test
	void columnsTheTableLacks() throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable table = new TableLoader(engine).load(EXAMPLE_SURVEY, "survey",
					ProfileColumns.wideSurvey(Scale.LIKERT_7, null, List.of()));
			ProfileDiscovery discovery = new ProfileDiscovery(engine, ServiceDimension.SERVQUAL);
			DataException e = assertThrows(DataException.class, () -> discovery.discover(table, "id", ProfileOptions.defaults()));
			assertEquals(EXAMPLE_SURVEY + ": no column 'id'", e.getMessage());
			e = assertThrows(DataException.class, () -> discovery.discover(table, "respondent",
					new ProfileOptions(List.of(), null, 1, 1, "region")));
			assertEquals(EXAMPLE_SURVEY + ": no column 'region'", e.getMessage());
		}
	}

	@Test
	void assignmentFileQuotesWhatNeedsIt() {
		ProfileResult result = new ProfileResult("f", List.of("E1"), 3, 2, 1, 1, null, List.of(), 2, false, List.of(), null,
				List.of(new ProfileResult.Assignment("a,1", 2), new ProfileResult.Assignment("say \"b\"", null),
						new ProfileResult.Assignment("c", 1)), List.of());
		assertEquals("respondent,profile\n\"a,1\",2\n\"say \"\"b\"\"\",\nc,1\n", ProfileAssignments.csv(result));
	}

	private static ProfileResult.ItemDifference d(String item, String theme, double standardized) {
		return new ProfileResult.ItemDifference(item, theme, 0, 0, standardized);
	}

	static ProfileResult discover(Path file, ProfileOptions options) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable table = new TableLoader(engine).load(file, "survey",
					ProfileColumns.wideSurvey(Scale.LIKERT_7, options.segmentColumn(), options.items()));
			return new ProfileDiscovery(engine, ServiceDimension.SERVQUAL).discover(table, ProfileColumns.RESPONDENT, options);
		}
	}
}
