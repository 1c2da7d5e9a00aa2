package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crmgap.model.GapModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate ids, bytes that are not UTF-8, a directory, a name that cannot be represented: said exactly. */
class ModelFileProblemsTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String OPEN = "<crmgap:GapModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:crmgap=\"http://www.crmgap.org/crmgap/1.0\" xmi:id=\"_root\" name=\"M\">\n";
	private static final String CLOSE = "</crmgap:GapModel>\n";

	@TempDir
	Path dir;

	@Test
	void duplicateIdNamesBothLines() throws IOException {
		Path file = write("dup.crmgap", HEADER + OPEN
				+ "  <segments xmi:id=\"_a\" name=\"A\"/>\n"
				+ "  <segments xmi:id=\"_b\" name=\"B\"/>\n"
				+ "  <segments\n      xmi:id=\"_c\" name=\"C\"/>\n"
				+ "  <segments xmi:id=\"_a\" name=\"D\"/>\n" + CLOSE);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals("duplicate id _a at line 3 and line 7", e.getProblem());
		assertEquals(7, e.getLine());
		assertTrue(e.getMessage().startsWith(file + ":7:"), e.getMessage());
	}

	@Test
	void duplicateIdOfElementsThatOthersReferToIsRefused() throws IOException {
		// two dimensions with one id: references to the first would silently move to the second
		String example = Files.readString(ExampleModels.retailBank());
		List<String> lines = example.lines().toList();
		int first = lineOf(lines, "<dimensions ", 0);
		int second = lineOf(lines, "<dimensions ", first);
		String firstId = idOn(lines.get(first - 1));
		String secondId = idOn(lines.get(second - 1));
		Path file = write("two-dimensions.crmgap", example.replace("xmi:id=\"" + secondId + "\"", "xmi:id=\"" + firstId + "\""));
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals("duplicate id " + firstId + " at line " + first + " and line " + second, e.getProblem());
	}

	@Test
	void bytesThatAreNotUtf8NameLineAndColumn() throws IOException {
		// 'ü' is two bytes and one column; the Latin-1 'é' (one byte 0xE9) is not UTF-8
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + OPEN + "  <segments xmi:id=\"_a\" name=\"M\u00fcller Caf").getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9);
		bytes.writeBytes(("\"/>\n" + CLOSE).getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(dir.resolve("latin1.crmgap"), bytes.toByteArray());
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(file + ":3:41: not UTF-8 at line 3, column 41 (save the file as UTF-8)", e.getMessage());
	}

	@Test
	void badByteFarIntoTheExampleIsFoundWhereItIs() throws IOException {
		List<String> lines = Files.readString(ExampleModels.retailBank()).lines().toList();
		int target = lineOf(lines, "name=\"", lines.size() - 30);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (i + 1 == target) {
				int quote = line.indexOf("name=\"") + 6;
				bytes.writeBytes(line.substring(0, quote).getBytes(StandardCharsets.UTF_8));
				bytes.write(0xFF);
				line = line.substring(quote);
			}
			bytes.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
		}
		Path file = Files.write(dir.resolve("late.crmgap"), bytes.toByteArray());
		int column = lines.get(target - 1).indexOf("name=\"") + 7;
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals("not UTF-8 at line " + target + ", column " + column + " (save the file as UTF-8)", e.getProblem());
	}

	@Test
	void directoryIsNamedAsSuch() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("folder.crmgap"));
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(folder));
		assertEquals(folder + ": is a directory, not a model file", e.getMessage());
	}

	@Test
	void nameWithBytesThatAreNotUtf8IsNamedAsSuch() throws IOException, InterruptedException {
		// the shell writes the name's bytes as they are (caf\351 = Latin-1 'café'); Java shows U+FFFD for the bad byte
		Path model = write("m.crmgap", HEADER + OPEN + CLOSE);
		Process copy = new ProcessBuilder("/bin/sh", "-c", "cp m.crmgap \"$(printf 'caf\\351.crmgap')\"").directory(dir.toFile())
				.inheritIO().start();
		assertEquals(0, copy.waitFor());
		Path listed;
		try (Stream<Path> files = Files.list(dir)) {
			listed = files.filter(p -> !p.equals(model)).findFirst().orElseThrow();
		}
		assertTrue(listed.toString().contains("\uFFFD"), listed.toString());
		// as listed (the bytes kept, but EMF opens files by their name as text) and as typed on a command line
		// (the name decoded to text; in a locale that is not UTF-8 it cannot even be made into a path)
		List<Path> names = new ArrayList<>(List.of(listed));
		try {
			names.add(Path.of(listed.toString()));
		} catch (InvalidPathException notInThisLocale) {
			assertFalse("UTF-8".equals(System.getProperty("sun.jnu.encoding")), notInThisLocale.toString());
		}
		for (Path name : names) {
			ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(name));
			assertEquals(name + ": the file name is not valid UTF-8 (shown as \uFFFD) and cannot be represented; rename the file",
					e.getMessage());
		}
	}

	@Test
	void nameWithAReplacementCharacterThatIsReallyThereLoads() throws IOException {
		if (!"UTF-8".equals(System.getProperty("sun.jnu.encoding"))) {
			return; // such a name cannot be created from Java in this locale
		}
		Path file = write("odd\uFFFDname.crmgap", HEADER + OPEN + CLOSE);
		assertEquals("M", ModelFiles.load(file).getName());
	}

	@Test
	void emfProblemIsSaidWithoutRepeatingWhereItIs() throws IOException {
		Path file = write("unknown.crmgap", HEADER + OPEN + "  <segmentz xmi:id=\"_s\" name=\"S\"/>\n" + CLOSE);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(file + ":3:35: Feature 'segmentz' not found.", e.getMessage());
	}

	@Test
	void exampleStillLoads() throws IOException {
		GapModel model = ModelFiles.load(ExampleModels.retailBank());
		assertEquals("Northbridge Bank", model.getName());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	/** 1-based number of the first line after {@code after} that contains {@code text}. */
	static int lineOf(List<String> lines, String text, int after) {
		for (int i = after; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line with " + text);
	}

	private static String idOn(String line) {
		int start = line.indexOf("xmi:id=\"") + 8;
		return line.substring(start, line.indexOf('"', start));
	}
}
