package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.crmgap.model.Gap;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.glsp.server.features.typehints.CheckEdgeResultAction;
import org.eclipse.glsp.server.features.typehints.RequestCheckEdgeAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edge tool's question while it hovers a target (dynamic type hints): would the server draw this edge? */
class EdgeCheckTest {

	@TempDir
	Path dir;

	private DiagramDocument document;
	private TestSession session;
	private InteractionFlow counter;

	@BeforeEach
	void open() throws Exception {
		document = DiagramDocument.open(TestSession.copyExample(dir));
		session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
		Gap queues = document.model().getGaps().stream().filter(g -> g.getName().equals("Delivery gap: branch queues")).findFirst().orElseThrow();
		counter = (InteractionFlow) queues.getActual();
	}

	private boolean valid(String type, Object source, Object target) throws Exception {
		RequestCheckEdgeAction request = new RequestCheckEdgeAction();
		request.setEdgeType(type);
		request.setSourceElementId(document.id((org.eclipse.emf.ecore.EObject) source));
		request.setTargetElementId(document.id((org.eclipse.emf.ecore.EObject) target));
		session.received.clear();
		session.dispatch(request);
		synchronized (session.received) {
			return session.received.stream().filter(CheckEdgeResultAction.class::isInstance).map(CheckEdgeResultAction.class::cast)
					.findFirst().orElseThrow(() -> new AssertionError("no answer: " + session.received)).isValid();
		}
	}

	@Test
	void aGapFromAnElementToItselfIsRefusedToAnotherAllowed() throws Exception {
		var standard = counter.getRealisedStandards().get(0);
		assertFalse(valid("edge:gap-delivery", standard, standard));
		assertTrue(valid("edge:gap-delivery", standard, counter));
	}

	@Test
	void aRelationThatHoldsAlreadyIsRefused() throws Exception {
		OrganisationUnit performer = counter.getPerformer();
		OrganisationUnit other = document.model().getOrganisationUnits().get(0);
		assertFalse(valid("edge:performed-by", counter, performer), "City Branches performs it already");
		assertTrue(valid("edge:performed-by", counter, other));
		assertFalse(valid("edge:serves", counter, counter.getServedSegments().get(0)));
		assertTrue(valid("edge:serves", counter, document.model().getSegments().stream()
				.filter(s -> !counter.getServedSegments().contains(s)).findFirst().orElseThrow()));
	}
}
