package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of the retail-bank example (byte flips, truncations, inserted and deleted bytes, renamed
 * attributes and elements): each loads, or fails with a {@link ModelFileException} naming the file; nothing
 * else escapes and the file is never changed. {@code -Dcrmgap.fuzz.cases=N} runs more, {@code -Dcrmgap.fuzz.seed=S}
 * another series; a failure prints the seed of its case.
 */
class ModelLoaderFuzzTest {

	private static final int CASES = Integer.getInteger("crmgap.fuzz.cases", 300);
	private static final long SEED = Long.getLong("crmgap.fuzz.seed", 20261201L);

	@TempDir
	Path dir;

	@Test
	void mutantsLoadOrFailWithAModelFileException() throws IOException {
		byte[] original = Files.readAllBytes(ExampleModels.retailBank());
		for (int i = 0; i < CASES; i++) {
			long seed = SEED + i;
			Mutant mutant = mutate(original, new Random(seed));
			Path file = Files.write(dir.resolve("mutant-" + i + ".crmgap"), mutant.bytes());
			byte[] before = sha256(file);
			String where = "seed " + seed + " (" + mutant.kind() + ")";
			try {
				ModelFiles.load(file);
			} catch (ModelFileException e) {
				assertTrue(e.getMessage().startsWith(file.toString()), where + ": " + e.getMessage());
			} catch (Exception | Error e) {
				fail(where + ": " + e, e);
			}
			assertArrayEquals(before, sha256(file), where + ": the file changed");
			Files.delete(file);
		}
	}

	record Mutant(String kind, byte[] bytes) {
	}

	static Mutant mutate(byte[] original, Random random) {
		byte[] bytes = original.clone();
		int at = random.nextInt(bytes.length);
		return switch (random.nextInt(6)) {
		case 0 -> {
			bytes[at] ^= (byte) (1 << random.nextInt(8));
			yield new Mutant("bit flip at " + at, bytes);
		}
		case 1 -> new Mutant("truncated at " + at, Arrays.copyOf(bytes, at));
		case 2 -> {
			byte[] inserted = new byte[1 + random.nextInt(4)];
			random.nextBytes(inserted);
			yield new Mutant("inserted " + inserted.length + " at " + at, splice(bytes, at, 0, inserted));
		}
		case 3 -> {
			int length = 1 + random.nextInt(Math.min(40, bytes.length - at));
			yield new Mutant("deleted " + length + " at " + at, splice(bytes, at, length, new byte[0]));
		}
		case 4 -> rename(bytes, random, " ", "=\"", "attribute");
		default -> rename(bytes, random, "<", " ", "element");
		};
	}

	/** Changes one character of a name that starts after {@code before} and ends at {@code after}. */
	private static Mutant rename(byte[] bytes, Random random, String before, String after, String what) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		for (int tries = 0; tries < 100; tries++) {
			int end = text.indexOf(after, random.nextInt(text.length()));
			int start = end < 0 ? -1 : text.lastIndexOf(before, end - 1);
			if (start >= 0 && end - start > 2 && end - start < 40 && text.substring(start + 1, end).matches("[A-Za-z:/]+")) {
				int at = start + 1 + random.nextInt(end - start - 1);
				String renamed = text.substring(0, at) + (char) ('a' + random.nextInt(26)) + text.substring(at + 1);
				return new Mutant(what + " renamed at char " + at, renamed.getBytes(StandardCharsets.UTF_8));
			}
		}
		return new Mutant("unchanged", bytes);
	}

	private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
		byte[] result = new byte[bytes.length - remove + insert.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(insert, 0, result, at, insert.length);
		System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
		return result;
	}

	private static byte[] sha256(Path file) throws IOException {
		try {
			return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
