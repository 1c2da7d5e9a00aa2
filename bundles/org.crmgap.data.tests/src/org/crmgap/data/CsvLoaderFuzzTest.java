package org.crmgap.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of the example survey and of a small KPI file (byte flips, truncations, header changes): each
 * loads, or fails with a {@link DataException} naming the file; nothing else escapes and the file is never
 * changed. {@code -Dcrmgap.fuzz.cases=N} runs more of each, {@code -Dcrmgap.fuzz.seed=S} another series; a failure
 * prints the seed of its case.
 */
class CsvLoaderFuzzTest {

	private static final int CASES = Integer.getInteger("crmgap.fuzz.cases", 150);
	private static final long SEED = Long.getLong("crmgap.fuzz.seed", 20261201L);
	private static final String KPI = "standard,timestamp,value\nS01,2024-12-30,9.9\nS01,2025-01-06,9.5\n"
			+ "S02,2025-01-06,\"1,5\"\nS02,2025-01-13,0.97\nS03,2025-01-13,12\n";

	@TempDir
	Path dir;

	@Test
	void surveyMutantsLoadOrFailWithADataException() throws Exception {
		byte[] survey = Files.readAllBytes(Examples.file("models/retail-bank/data/survey.csv"));
		fuzz(survey, ColumnRules.wideSurvey(Scale.LIKERT_7), SEED);
	}

	@Test
	void kpiMutantsLoadOrFailWithADataException() throws Exception {
		fuzz(KPI.getBytes(StandardCharsets.UTF_8), ColumnRules.longTable(CsvFileProblemsTest.kpiColumns(),
				List.of("value")), SEED + 1_000_000);
	}

	private void fuzz(byte[] original, ColumnRules rules, long firstSeed) throws IOException, SQLException {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			TableLoader loader = new TableLoader(engine);
			for (int i = 0; i < CASES; i++) {
				long seed = firstSeed + i;
				Random random = new Random(seed);
				String kind = random.nextInt(3) == 0 ? "header" : "bytes";
				byte[] mutant = kind.equals("header") ? mutateHeader(original, random) : mutateBytes(original, random);
				Path file = Files.write(dir.resolve("mutant-" + i + ".csv"), mutant);
				byte[] before = sha256(file);
				String where = "seed " + seed + " (" + kind + ")";
				try {
					loader.load(file, "t", rules);
				} catch (DataException e) {
					assertTrue(e.getMessage().startsWith(file.toString()), where + ": " + e.getMessage());
				} catch (Exception | Error e) {
					fail(where + ": " + e, e);
				}
				assertArrayEquals(before, sha256(file), where + ": the file changed");
				Files.delete(file);
			}
		}
	}

	private static byte[] mutateBytes(byte[] original, Random random) {
		byte[] bytes = original.clone();
		int at = random.nextInt(bytes.length);
		return switch (random.nextInt(3)) {
		case 0 -> {
			bytes[at] ^= (byte) (1 << random.nextInt(8));
			yield bytes;
		}
		case 1 -> Arrays.copyOf(bytes, at);
		default -> {
			byte[] special = { ',', ';', '"', '\n', '\r', (byte) 0xE9, 0 };
			bytes[at] = special[random.nextInt(special.length)];
			yield bytes;
		}
		};
	}

	/** Renames, drops, doubles or quotes a header column, or adds a delimiter to the header. */
	private static byte[] mutateHeader(byte[] original, Random random) {
		String text = new String(original, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		List<String> columns = new java.util.ArrayList<>(List.of(text.substring(0, end).split(",", -1)));
		int c = random.nextInt(columns.size());
		switch (random.nextInt(5)) {
		case 0 -> columns.set(c, columns.get(c) + (char) ('a' + random.nextInt(26)));
		case 1 -> columns.remove(c);
		case 2 -> columns.add(c, columns.get(c));
		case 3 -> columns.set(c, "\"" + columns.get(c));
		default -> columns.set(c, columns.get(c) + ";");
		}
		return (String.join(",", columns) + text.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] sha256(Path file) throws IOException {
		try {
			return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
