package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gap's cause or action that leads nowhere is refused at load, naming the gap, the reference and its line;
 * before, every later reader met a nameless proxy (the command line printed {@code error: null}).
 */
class UnresolvedReferenceTest {

	private static final String CATALOGUE = "platform:/plugin/org.crmgap.examples/catalogue/builtin.crmgapcat";
	private static final String CAUSE = CATALOGUE + "#_JOXmbM3sUA6nh5WEzGFoOQ";
	private static final String ACTION = CATALOGUE + "#_Z-opQIbdU2SsDGl8WAUiqA";
	private static final String GAP = "gap 'Knowledge gap: relationship customers' responsiveness'";

	@TempDir
	Path dir;

	@Test
	void causeWithAnIdTheCatalogueDoesNotHave() throws IOException {
		assertRefused(CAUSE, CATALOGUE + "#_NOSUCHID",
				GAP + ": cause '" + CATALOGUE + "#_NOSUCHID' cannot be resolved: there is no element with that id");
	}

	@Test
	void causeInACatalogueThatDoesNotExist() throws IOException {
		String missing = "platform:/plugin/org.crmgap.examples/catalogue/missing.crmgapcat#_JOXmbM3sUA6nh5WEzGFoOQ";
		assertRefused(CAUSE, missing, GAP + ": cause '" + missing + "' cannot be resolved: its file cannot be read");
	}

	@Test
	void relativeReferenceToAMissingFileNamesTheResolvedFile() throws IOException {
		String resolved = dir.resolve("mine.crmgapcat").toUri().toString().replace("file:///", "file:/") + "#_x";
		assertRefused(CAUSE, "mine.crmgapcat#_x", GAP + ": cause '" + resolved + "' cannot be resolved: its file cannot be read");
	}

	@Test
	void actionWhereACauseBelongs() throws IOException {
		assertRefused(CAUSE, ACTION, GAP + ": cause '" + ACTION + "' cannot be resolved: it is a recovery action, not a gap cause");
	}

	@Test
	void referencesToServersAreNotFollowed() throws IOException {
		String remote = "http://127.0.0.1:9/catalogue.crmgapcat#_x";
		assertRefused(CAUSE, remote, GAP + ": cause '" + remote + "' cannot be resolved: only files and platform: URIs are followed");
	}

	@Test
	void filesOtherThanModelsAndCataloguesAreNotRead() throws IOException {
		assertRefused(CAUSE, "file:/etc/passwd#_x",
				GAP + ": cause 'file:/etc/passwd#_x' cannot be resolved: only .crmgap and .crmgapcat files are followed");
	}

	@Test
	void referenceWithinTheFileToAnIdItDoesNotHave() throws IOException {
		// EMF reports an unknown IDREF itself; an href to the file's own URI is checked here
		Path file = dir.resolve("retail-bank.crmgap");
		String self = file.toUri().toString().replace("file:///", "file:/");
		assertRefused(CAUSE, self + "#_nothing", GAP + ": cause '" + self + "#_nothing' cannot be resolved: "
				+ "there is no element with that id");
	}

	private void assertRefused(String original, String replacement, String problem) throws IOException {
		String example = Files.readString(ExampleModels.retailBank());
		List<String> lines = example.lines().toList();
		int line = ModelFileProblemsTest.lineOf(lines, original, 0);
		Path file = Files.writeString(dir.resolve("retail-bank.crmgap"), example.replaceFirst(java.util.regex.Pattern.quote(original),
				java.util.regex.Matcher.quoteReplacement(replacement)));
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(problem, e.getProblem());
		assertEquals(line, e.getLine(), e.getMessage());
		assertEquals(file, e.getFile());
	}
}
