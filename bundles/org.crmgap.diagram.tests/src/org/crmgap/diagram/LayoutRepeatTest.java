package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.crmgap.diagram.notation.Shape;
import org.crmgap.examples.Examples;
import org.crmgap.examples.SyntheticDiagramModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram's first layout is a function of the model: the same in every run (ELK's partitioning made it depend on
 * identity hash codes, so the same node came out at x 887 in one run and x 3,850 in the next).
 */
class LayoutRepeatTest {

	@TempDir
	Path dir;

	private static Map<String, String> positions(Path modelFile, DiagramKind kind) throws Exception {
		Map<String, String> positions = new TreeMap<>();
		for (Shape shape : DiagramDocument.open(modelFile).diagram(kind).getShapes()) {
			positions.put(shape.getElement(), shape.getX() + "," + shape.getY() + " " + shape.getWidth() + "x" + shape.getHeight());
		}
		return positions;
	}

	@Test
	void everyKindOfTheExampleIsLaidOutTheSameEachTime() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			if (kind.isTemplate()) {
				continue; // drawn by a fixed template, not laid out
			}
			Map<String, String> first = positions(Examples.file(Examples.RETAIL_BANK), kind);
			assertTrue(first.size() > 1, kind + " has shapes to place");
			// three layouts: one repeat can agree by chance where a hash set holds few nodes
			for (int run = 2; run <= 3; run++) {
				assertEquals(first, positions(Examples.file(Examples.RETAIL_BANK), kind), kind + ", layout " + run);
			}
		}
	}

	@Test
	void aModelOverTheOneLayeringSizeIsLaidOutTheSameEachTime() throws Exception {
		Path file = dir.resolve("synthetic.crmgap");
		SyntheticDiagramModel.write(file, 200);
		Map<String, String> first = positions(file, DiagramKind.DIE_OVERVIEW);
		assertEquals(first, positions(file, DiagramKind.DIE_OVERVIEW));
		assertEquals(first, positions(file, DiagramKind.DIE_OVERVIEW));
	}
}
