package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crmgap.model.GapModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed half way leaves {@code .NAME.<uuid>.tmp}; the next load or save of that model removes such
 * files from before this process started, and nothing else.
 */
class StaleTemporariesTest {

	private static final FileTime LAST_WEEK = FileTime.from(Instant.now().minus(7, ChronoUnit.DAYS));

	@TempDir
	Path dir;

	private Path model;
	private String stale;
	private String fresh;
	private Set<String> others;

	@BeforeEach
	void leaveTemporaryFiles() throws IOException {
		model = dir.resolve("m.crmgap");
		ModelFiles.save(Models.smallModel(), model);
		stale = old(".m.crmgap." + UUID.randomUUID() + ".tmp");
		// a save of this process (or of another one started later) may be writing it right now
		fresh = ".m.crmgap." + UUID.randomUUID() + ".tmp";
		Files.writeString(dir.resolve(fresh), "<half");
		others = new TreeSet<>(Set.of(
				old(".other.crmgap." + UUID.randomUUID() + ".tmp"), // another model's
				old(".m.crmgap.not-a-uuid.tmp"),
				old("m.crmgap." + UUID.randomUUID() + ".tmp"), // no leading dot
				old(".m.crmgap." + UUID.randomUUID() + ".tmp.bak"),
				old(".m.crmgap2." + UUID.randomUUID() + ".tmp")));
		Path folder = Files.createDirectory(dir.resolve(".m.crmgap." + UUID.randomUUID() + ".tmp"));
		Files.setLastModifiedTime(folder, LAST_WEEK);
		others.add(folder.getFileName().toString());
		Path link = Files.createSymbolicLink(dir.resolve(".m.crmgap." + UUID.randomUUID() + ".tmp"), dir.resolve(".m.crmgap.not-a-uuid.tmp"));
		others.add(link.getFileName().toString());
	}

	@Test
	void loadRemovesOnlyStaleTemporariesOfThatModel() throws IOException {
		ModelFiles.load(model);
		assertEquals(expected(), names());
	}

	@Test
	void saveRemovesOnlyStaleTemporariesOfThatModel() throws IOException {
		GapModel loaded = ModelFiles.load(model);
		// the load above cleaned up already: leave a stale file again, then save
		Files.writeString(dir.resolve(stale), "<half");
		Files.setLastModifiedTime(dir.resolve(stale), LAST_WEEK);
		loaded.setName("changed");
		ModelFiles.save(loaded, model);
		assertEquals(expected(), names());
	}

	@Test
	void loadOfAnotherModelLeavesThemAlone() throws IOException {
		Path other = dir.resolve("n.crmgap");
		ModelFiles.save(Models.smallModel(), other);
		ModelFiles.load(other);
		Set<String> all = expected();
		all.add(stale);
		all.add("n.crmgap");
		assertEquals(all, names());
	}

	private Set<String> expected() {
		Set<String> expected = new TreeSet<>(others);
		expected.add("m.crmgap");
		expected.add(fresh);
		return expected;
	}

	private String old(String name) throws IOException {
		Path file = Files.writeString(dir.resolve(name), "<half");
		Files.setLastModifiedTime(file, LAST_WEEK);
		return name;
	}

	private Set<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
