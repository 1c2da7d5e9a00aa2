package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsAction;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds the client measured reach the server's model, also when the client reports elements of its own. */
class ComputedBoundsTest {

	@TempDir
	Path dir;

	@Test
	void boundsOfTheClientsOwnMarkersDoNotStopTheOthers() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		TestSession session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
		GNode node = session.nodes("node:segment").get(0);
		// the GLSP client's issue markers have random ids the server never made (as "6ai60qnh" in a real run)
		ElementAndBounds marker = bounds("6ai60qnh", 16, 16);
		ElementAndBounds measured = bounds(node.getId(), 321, 77);
		session.dispatch(new ComputedBoundsAction(List.of(marker, measured), List.of(), List.of(),
				session.state().getRoot().getRevision()));
		GNode after = (GNode) session.element(node.getId());
		assertEquals(321, after.getSize().getWidth(), "the measured width of " + node.getId());
		assertEquals(77, after.getSize().getHeight());
		session.dispose();
	}

	private static ElementAndBounds bounds(String id, double width, double height) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(GraphUtil.point(0, 0));
		bounds.setNewSize(GraphUtil.dimension(width, height));
		return bounds;
	}
}
