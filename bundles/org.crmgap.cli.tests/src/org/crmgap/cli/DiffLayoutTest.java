package org.crmgap.cli;

import static org.crmgap.cli.DiffCommandTest.copyOfExample;
import static org.crmgap.cli.DiffCommandTest.diff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.cli.DiffCommandTest.Run;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** crmgap diff also compares the notation files beside the two models, and lists their changes apart. */
class DiffLayoutTest {

	private static final String MOVED = "~ Shape of OrganisationUnit 'Contact Centre' in Diagram 'Organisation' x: '";

	@TempDir
	Path dir;

	private Path before;
	private Path after;
	private double x;

	/** Two copies of the example, the older with the organisation diagram's notation file. */
	@BeforeEach
	void versions() throws IOException, ModelFileException {
		before = copyOfExample(dir, "before");
		after = copyOfExample(dir, "after");
		DiagramDocument document = DiagramDocument.open(before);
		document.diagram(DiagramKind.ORGANISATION);
		document.saveNotation();
	}

	/** The newer version's notation file: the older's with Contact Centre's shape 100 to the right. */
	private void moveTheContactCentre() throws IOException, ModelFileException {
		DiagramSet layout = ModelFiles.loadForComparison(DiagramDocument.notationFile(before), DiagramSet.class);
		EObject model = ModelFiles.loadForComparison(before);
		String centre = model.eResource().getURIFragment(find(model, "Contact Centre"));
		Shape moved = layout.getDiagrams().get(0).getShapes().stream().filter(s -> centre.equals(s.getElement())).findFirst().orElseThrow();
		x = moved.getX();
		moved.setX(x + 100);
		ModelFiles.save(layout, DiagramDocument.notationFile(after));
	}

	private static EObject find(EObject model, String name) {
		for (var all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof OrganisationUnit unit && name.equals(unit.getName())) {
				return unit;
			}
		}
		throw new AssertionError("no " + name);
	}

	private String movedLine() {
		return MOVED + x + "' -> '" + (x + 100) + "'";
	}

	@Test
	void aMovedShapeAloneIsADifferenceListedApartAfterTheModel() throws Exception {
		moveTheContactCentre();
		Run run = diff(before.toString(), after.toString());
		assertEquals(1, run.code(), run.out());
		assertEquals(List.of("no changes to the model", "Layout (1 change)", movedLine()), run.out().lines().toList());
	}

	@Test
	void jsonListsTheLayoutInAnArrayApart() throws Exception {
		moveTheContactCentre();
		Run run = diff(before.toString(), after.toString(), "--format", "json");
		assertEquals(1, run.code(), run.out());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(List.of(0, 0, 1), List.of(json.get("count").asInt(), json.get("changes").size(), json.get("layoutCount").asInt()));
		JsonNode change = json.get("layout").get(0);
		assertEquals(List.of("CHANGED", "Shape of OrganisationUnit 'Contact Centre' in Diagram 'Organisation'", "x", String.valueOf(x + 100)),
				List.of(change.get("kind").asText(), change.get("element").asText(), change.get("feature").asText(),
						change.get("after").asText()));
	}

	@Test
	void htmlHasTheLayoutInAClosedDetailsElement() throws Exception {
		moveTheContactCentre();
		Run run = diff(before.toString(), after.toString(), "--format", "html");
		assertEquals(1, run.code(), run.out());
		String html = run.out();
		int open = html.indexOf("<details id=\"layout\"><summary>Layout (1 change)</summary>");
		int line = html.indexOf("<li>" + movedLine().replace("'", "&#39;").replace(">", "&gt;") + "</li>");
		assertTrue(open > 0 && line > open && html.indexOf("</details>") > line, html);
		assertFalse(html.contains("<details open"), "closed by default");
	}

	@Test
	void equalNotationFilesAreNoDifference() throws Exception {
		Files.copy(DiagramDocument.notationFile(before), DiagramDocument.notationFile(after));
		assertEquals(new Run(0, "no differences\n"), diff(before.toString(), after.toString()));
	}

	@Test
	void aNotationFileOnOneSideOnlyAddsItsDiagrams() throws Exception {
		Run run = diff(after.toString(), before.toString());
		assertEquals(1, run.code(), run.out());
		List<String> lines = run.out().lines().toList();
		assertEquals(List.of("no changes to the model", "Layout (1 change)"), lines.subList(0, 2));
		assertTrue(lines.get(2).startsWith("+ Diagram 'Organisation' "), run.out());
	}

	@Test
	void anUnreadableNotationFileIsAOneLineErrorNamingIt() throws Exception {
		Files.writeString(DiagramDocument.notationFile(after), "<?xml version=\"1.0\"?><notation:DiagramSet");
		Run run = diff(before.toString(), after.toString());
		assertEquals(2, run.code(), run.out());
		assertTrue(run.out().startsWith("error: ") && run.out().contains(DiagramDocument.notationFile(after).getFileName().toString())
				&& run.out().lines().count() == 1, run.out());
	}
}
