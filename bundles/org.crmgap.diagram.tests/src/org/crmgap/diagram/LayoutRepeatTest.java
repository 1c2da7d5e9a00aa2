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

	/** The external side above the internal side, and the data below both, on every kind (top-level shapes). */
	@Test
	void thePartitionsStayInOrderOnEveryKind() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			if (kind.isTemplate()) {
				continue;
			}
			DiagramDocument document = DiagramDocument.open(Examples.file(Examples.RETAIL_BANK));
			org.crmgap.diagram.notation.Diagram diagram = document.diagram(kind);
			Map<String, String> parents = new org.crmgap.diagram.internal.glsp.DiagramContent(document, kind, diagram).parents(false);
			double[] top = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
			double[] bottom = { -1, -1, -1 };
			for (Shape shape : diagram.getShapes()) {
				if (!parents.containsKey(shape.getElement())) {
					int layer = org.crmgap.diagram.style.Concept.of(document.element(shape.getElement()).eClass()).orElseThrow().layer().ordinal();
					int partition = layer == 0 ? 0 : layer == 3 ? 2 : 1;
					top[partition] = Math.min(top[partition], shape.getY());
					bottom[partition] = Math.max(bottom[partition], shape.getY() + shape.getHeight());
				}
			}
			for (int above = 0; above < 3; above++) {
				for (int below = above + 1; below < 3; below++) {
					assertTrue(bottom[above] < 0 || bottom[below] < 0 || bottom[above] < top[below],
							kind + ": partition " + above + " ends at " + bottom[above] + ", partition " + below + " starts at " + top[below]);
				}
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
