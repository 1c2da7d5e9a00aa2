package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files give a clear error naming file, line and problem, and hostile XML is refused. */
class HardenedLoadTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String OPEN = "<crmgap:GapModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:crmgap=\"http://www.crmgap.org/crmgap/1.0\" xmi:id=\"_root\" name=\"M\">\n";

	@TempDir
	Path dir;

	@Test
	void externalEntityIsRefusedAndNotRead() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		Path file = write("xxe.crmgap", HEADER + "<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ OPEN.replace("name=\"M\"", "name=\"&x;\"") + "</crmgap:GapModel>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().startsWith(file.toString() + ":2"), e.getMessage());
		assertTrue(e.getProblem().contains("DOCTYPE"), e.getProblem());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@Test
	void entityExpansionBombIsRefused() throws IOException {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE m [<!ENTITY a0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>\n");
		Path file = write("bomb.crmgap", HEADER + dtd + OPEN.replace("name=\"M\"", "name=\"&a9;\"") + "</crmgap:GapModel>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertTrue(e.getProblem().contains("DOCTYPE"), e.getProblem());
	}

	@Test
	void truncatedFileNamesLineAndProblem() throws IOException {
		Path file = write("truncated.crmgap", HEADER + OPEN + "  <segments xmi:id=\"_s\" name=\"S\">\n    <expectations xmi:id=\"_e\"");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(file, e.getFile());
		assertEquals(4, e.getLine(), e.getMessage());
		assertTrue(e.getProblem().startsWith("malformed XML"), e.getProblem());
	}

	@Test
	void unknownElementNamesLine() throws IOException {
		Path file = write("unknown.crmgap", HEADER + OPEN + "  <segmentz xmi:id=\"_s\" name=\"S\"/>\n</crmgap:GapModel>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(3, e.getLine(), e.getMessage());
		assertTrue(e.getProblem().contains("segmentz"), e.getProblem());
	}

	@Test
	void foreignModelIsNamedAsSuch() throws IOException {
		Path file = write("foreign.crmgap", HEADER + "<lib:Library xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:lib=\"http://example.org/library\" name=\"L\"/>\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertTrue(e.getProblem().contains("not a CRM gap model"), e.getProblem());
		assertTrue(e.getProblem().contains("http://example.org/library"), e.getProblem());
	}

	@Test
	void plainTextIsMalformedXml() throws IOException {
		Path file = write("notes.crmgap", "respondent,segment,E1\nC1,retail,5\n");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(1, e.getLine());
		assertTrue(e.getProblem().startsWith("malformed XML"), e.getProblem());
	}

	@Test
	void missingFileIsNamed() {
		Path file = dir.resolve("nowhere.crmgap");
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(file + ": file does not exist", e.getMessage());
	}

	@Test
	void failedLoadLeavesTheFileAsItWas() throws IOException {
		String content = HEADER + OPEN + "  <segmentz/>\n</crmgap:GapModel>\n";
		Path file = write("keep.crmgap", content);
		assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
		assertEquals(content, Files.readString(file));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}
}
