package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code crmgap analyze MODEL --format json} on {@link HostileNamesModel} agrees with the R reference of the model
 * path (fixtures/model-path: reference.R, model.md): survey columns with any names checked by their meaning,
 * hostile dimension names, importance points under custom names, segments in byte order and "(no segment)" last,
 * the knowledge gap with its managers/customers counts. Same rules as {@link ReferenceValuesTest}
 * ({@link JsonComparison}).
 */
class ModelPathReferenceTest {

	/** Column → how many of its cells must be excluded (fixtures/model-path/model.md); one kind of problem each. */
	private static final Map<String, Integer> EXCLUDED = new LinkedHashMap<>();
	static {
		EXCLUDED.put("Q2 perception", 2); // 99, -1
		EXCLUDED.put("ease: expected (7)", 2); // 0, 8
		EXCLUDED.put("satisfaction \"now\"", 1); // 3.5
		EXCLUDED.put("q11 \"adequate\"", 2); // n/a, n/a
		EXCLUDED.put("q15 d\u00e9sir\u00e9", 1); // 3.5
		EXCLUDED.put("E16", 1); // 8, in item 16's perception column
		EXCLUDED.put("r\u00e9activit\u00e9 attendue 19", 1); // n/a
		EXCLUDED.put("importance 2", 1); // -5 importance points
		EXCLUDED.put("poids r\u00e9activit\u00e9", 1); // lots
		EXCLUDED.put("Q8 manager's guess", 1); // 9, managers.csv
	}

	@TempDir
	static Path dir;

	private static final ObjectMapper JSON = new ObjectMapper();
	private static Commands.Run run;
	private static JsonNode expected;

	@BeforeAll
	static void analyse() throws IOException {
		HostileNamesModel hostile = new HostileNamesModel(dir);
		ModelFiles.save(hostile.model, hostile.file);
		run = Commands.run("analyze", hostile.file.toString(), "--format", "json");
		expected = JSON.readTree(HostileNamesModel.FIXTURES.resolve("reference.json").toFile());
	}

	/** The analysis' JSON; fails with the CLI's messages when it did not run cleanly. */
	private static JsonNode output() throws IOException {
		// the messy values are excluded with warnings: exit code 1, not 2
		assertEquals(1, run.code(), "analyze failed:\n" + run.err() + run.out());
		return JSON.readTree(run.out());
	}

	private static JsonNode survey() throws IOException {
		JsonNode survey = output().get("survey");
		assertTrue(survey != null && survey.isObject(), "no survey results: " + run.out());
		return survey;
	}

	@Test
	void groupsAreAllThenSegmentsInByteOrderThenNoSegment() throws IOException {
		List<String> names = new ArrayList<>();
		survey().path("groups").forEach(g -> names.add(g.path("segment").asText(null)));
		assertEquals(List.of("all", "Partner", "friend's", "\u00e9tranger", "(no segment)"), names);
	}

	@Test
	void customerGapAgreesWithR() throws IOException {
		assertEquals(List.of(), JsonComparison.differences(expected.get("groups"), survey().get("groups")));
		assertEquals(655, JsonComparison.countNumbers(expected.get("groups")), "5 groups x (3 + 4 dimensions x 11 + 12 items x 7)");
	}

	@Test
	void knowledgeGapAgreesWithR() throws IOException {
		assertEquals(List.of(), JsonComparison.differences(expected.get("knowledgeGap"), survey().get("knowledgeGap")));
		assertEquals(48, JsonComparison.countNumbers(expected.get("knowledgeGap")), "12 items x 2 + 4 dimensions x 6");
	}

	@Test
	void excludedValuesAreWarnedByColumnWithTheirCount() throws IOException {
		List<String> warnings = new ArrayList<>();
		output().path("warnings").forEach(w -> warnings.add(w.asText()));
		List<String> missing = new ArrayList<>();
		EXCLUDED.forEach((column, count) -> {
			Pattern number = Pattern.compile("(?<![\\w.])" + count + "(?![\\w.])");
			boolean warned = warnings.stream().filter(w -> w.contains(column))
					.anyMatch(w -> number.matcher(w.replace(column, "")).find());
			if (!warned) {
				missing.add(count + " in column " + column);
			}
		});
		assertEquals(List.of(), missing, "no warning names these excluded cells; warnings: " + warnings);
	}
}
