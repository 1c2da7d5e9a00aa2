package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.MarkedDiagrams.Mark;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The comparison's diagrams: the marked elements' nodes carry the mark's class and an outline in its colour. */
class MarkedDiagramsTest {

	@TempDir
	Path dir;

	@Test
	void markedElementsCarryTheirClassInEveryDiagramThatDrawsThem() throws Exception {
		Path file = TestSession.copyExample(dir);
		GapModel model = ModelFiles.load(file);
		String unit = model.eResource().getURIFragment(model.getOrganisationUnits().get(0));
		String segment = model.eResource().getURIFragment(model.getSegments().get(0));
		String communication = model.eResource().getURIFragment(model.getCommunications().get(0));
		Map<String, String> svgs = MarkedDiagrams.svg(file, Map.of(unit, Mark.ADDED, segment, Mark.CHANGED, communication, Mark.REMOVED));

		assertEquals(List.of("DIE overview", "Organisation", "Relationship profiles", "Communications"), List.copyOf(svgs.keySet()),
				"the figure left out");
		Element organisation = node(svgs.get("Organisation"), unit);
		assertEquals("node diff-added", organisation.getAttribute("class"));
		assertTrue(svgs.get("Organisation").contains("stroke=\"" + Mark.ADDED.colour() + "\" stroke-width=\"5\""), "the outline");
		assertEquals("node diff-changed", node(svgs.get("Relationship profiles"), segment).getAttribute("class"));
		assertEquals("node diff-removed", node(svgs.get("Communications"), communication).getAttribute("class"));
		assertEquals("node diff-added", node(svgs.get("DIE overview"), unit).getAttribute("class"));
		assertEquals(3, count(svgs.get("DIE overview"), "class=\"node diff-"), "only the marked elements");
	}

	private static Element node(String svg, String id) throws Exception {
		NodeList groups = SvgExportTest.parse(svg).getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			if (groups.item(i) instanceof Element g && id.equals(g.getAttribute("id"))) {
				return g;
			}
		}
		throw new AssertionError("no node " + id);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}
}
