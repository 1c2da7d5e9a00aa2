package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.crmgap.examples.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue reference that leads nowhere is named by every command; no command prints a bare {@code null}. */
class BrokenReferenceCommandTest {

	private static final String CAUSE = "builtin.crmgapcat#_JOXmbM3sUA6nh5WEzGFoOQ";

	@TempDir
	Path dir;

	@Test
	void everyCommandNamesTheReferenceThatCannotBeResolved() throws IOException {
		Path model = copyExampleWith(CAUSE, "builtin.crmgapcat#_NOSUCHID");
		int line = Files.readString(model).lines().toList().indexOf(Files.readString(model).lines()
				.filter(l -> l.contains("#_NOSUCHID")).findFirst().orElseThrow()) + 1;
		for (String command : new String[] { "validate", "analyze", "summary", "report" }) {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			String[] args = command.equals("report") ? new String[] { command, model.toString(), "--out", dir.resolve("r.html").toString() }
					: new String[] { command, model.toString() };
			int code = HeadlessApplication.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
			assertEquals(2, code, command + ": " + out + err);
			String expected = "error: " + model + ":" + line + ":";
			assertTrue(err.toString().startsWith(expected), command + ": " + err);
			assertTrue(err.toString().contains(": gap 'Knowledge gap: relationship customers' responsiveness': cause "
					+ "'platform:/plugin/org.crmgap.examples/catalogue/builtin.crmgapcat#_NOSUCHID' cannot be resolved: "
					+ "there is no element with that id"), command + ": " + err);
			assertFalse(err.toString().contains("null"), command + ": " + err);
		}
	}

	@Test
	void anExceptionWithoutMessageIsReportedByTypeAndPlaceInOneLine() {
		NullPointerException bare = new NullPointerException();
		String text = HeadlessApplication.describe(bare);
		assertEquals("java.lang.NullPointerException at " + bare.getStackTrace()[0], text);
		assertTrue(text.contains(BrokenReferenceCommandTest.class.getName()), text);
		assertFalse(text.contains("\n"), text);
		IllegalStateException blank = new IllegalStateException(" ");
		assertEquals("java.lang.IllegalStateException at " + blank.getStackTrace()[0], HeadlessApplication.describe(blank));
		assertEquals("disk full", HeadlessApplication.describe(new java.io.IOException("disk full")));
	}

	private Path copyExampleWith(String original, String replacement) throws IOException {
		Path example = Examples.file(Examples.RETAIL_BANK).getParent();
		try (Stream<Path> files = Files.walk(example)) {
			for (Path from : files.toList()) {
				Path to = dir.resolve(example.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				} else {
					Files.copy(from, to);
				}
			}
		}
		Path model = dir.resolve("retail-bank.crmgap");
		String text = Files.readString(model);
		assertTrue(text.contains(original));
		Files.writeString(model, text.replaceFirst(java.util.regex.Pattern.quote(original), replacement));
		return model;
	}
}
