package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.crmgap.model.CustomerSegment;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other diagram kinds of the example: what each shows, its own palette, one notation file for all. */
class DiagramKindsTest {

	@TempDir
	Path dir;

	private static int count(TestSession session, String type) {
		return session.nodes(type).size() + nested(session.elements(), type);
	}

	/** Nodes drawn inside other nodes (units in units, components in units). */
	private static int nested(java.util.List<GModelElement> elements, String type) {
		int n = 0;
		for (GModelElement e : elements) {
			for (GModelElement child : e.getChildren()) {
				if (child instanceof GNode && child.getType().equals(type)) {
					n++;
				}
			}
			n += nested(e.getChildren().stream().filter(GNode.class::isInstance).toList(), type) ;
		}
		return n;
	}

	@Test
	void organisationShowsUnitsComponentsAndStandards() throws Exception {
		TestSession session = new TestSession(DiagramDocument.open(TestSession.copyExample(dir)), DiagramKind.ORGANISATION);
		Map.of("node:unit", 15, "node:component", 14, "node:standard", 17).forEach(
				(type, expected) -> assertEquals(expected, count(session, type), type));
		assertEquals(0, count(session, "node:segment"));
		assertEquals(17, session.edges("edge:owned-by").size(), "every standard of the example has an owner unit");
		assertEquals(2, session.edges("edge:gap-componentReadiness").size());
	}

	@Test
	void organisationNestsSubUnitsAndComponentsInTheirUnits() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		TestSession session = new TestSession(document, DiagramKind.ORGANISATION);
		// 8 top-level units on the diagram, 7 sub-units and 14 components inside units
		assertEquals(8, session.nodes("node:unit").size());
		assertEquals(0, session.nodes("node:component").size());
		assertEquals(0, session.edges("edge:has-component").size(), "nesting replaces the containment edges");
		OrganisationUnit unit = document.model().getOrganisationUnits().stream().filter(u -> !u.getComponents().isEmpty())
				.findFirst().orElseThrow();
		GNode unitNode = (GNode) session.element(document.id(unit));
		CrmComponent component = unit.getComponents().get(0);
		GNode componentNode = (GNode) session.element(document.id(component));
		assertSame(unitNode, componentNode.getParent());
		// ELK made the unit big enough for its content
		assertTrue(componentNode.getPosition().getX() + componentNode.getSize().getWidth() <= unitNode.getSize().getWidth());
		assertTrue(componentNode.getPosition().getY() + componentNode.getSize().getHeight() <= unitNode.getSize().getHeight());
	}

	@Test
	void reparentingMovesAComponentToAnotherUnitUndoably() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		TestSession session = new TestSession(document, DiagramKind.ORGANISATION);
		OrganisationUnit from = document.model().getOrganisationUnits().stream().filter(u -> !u.getComponents().isEmpty())
				.findFirst().orElseThrow();
		OrganisationUnit to = document.model().getOrganisationUnits().stream().filter(u -> u != from).findFirst().orElseThrow();
		CrmComponent component = from.getComponents().get(0);
		session.dispatch(new ChangeContainerOperation(document.id(component), point(30, 80), document.id(to)));
		assertSame(to, component.getOwnerUnit());
		assertSame(session.element(document.id(to)), session.element(document.id(component)).getParent());
		session.dispatch(new UndoAction());
		assertSame(from, component.getOwnerUnit());
		// a unit cannot go into its own sub-unit
		OrganisationUnit parent = document.model().getOrganisationUnits().stream().filter(u -> !u.getSubUnits().isEmpty())
				.findFirst().orElseThrow();
		session.dispatch(new ChangeContainerOperation(document.id(parent), point(10, 60), document.id(parent.getSubUnits().get(0))));
		assertSame(document.model(), parent.eContainer());
		// a sub-unit dropped on the diagram becomes a top-level unit
		OrganisationUnit sub = parent.getSubUnits().get(0);
		session.dispatch(new ChangeContainerOperation(document.id(sub), point(5000, 100), null));
		assertTrue(document.model().getOrganisationUnits().contains(sub));
	}

	private static GPoint point(double x, double y) {
		GPoint p = GraphFactory.eINSTANCE.createGPoint();
		p.setX(x);
		p.setY(y);
		return p;
	}

	@Test
	void relationshipProfilesShowSegmentsWithStageAndBondExpectationsAndFlows() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		TestSession session = new TestSession(document, DiagramKind.PROFILES);
		Map.of("node:segment", 3, "node:expectation", 19, "node:flow", 10).forEach(
				(type, expected) -> assertEquals(expected, session.nodes(type).size(), type));
		assertEquals(0, session.nodes("node:standard").size());
		CustomerSegment segment = document.model().getSegments().get(0);
		String detail = TestSession.label(session.element(document.id(segment)), "_detail");
		assertTrue(detail.contains(segment.getRelationshipStage().getLiteral()), detail);
		assertEquals(4, session.edges("edge:gap-customer").size(), "customer gaps run from expectations to segments");
	}

	@Test
	void communicationsShowPromisesTheStandardsTheyConcernAndAudiences() throws Exception {
		TestSession session = new TestSession(DiagramDocument.open(TestSession.copyExample(dir)), DiagramKind.COMMUNICATIONS);
		Map.of("node:communication", 6, "node:promise", 7, "node:standard", 17, "node:segment", 3).forEach(
				(type, expected) -> assertEquals(expected, session.nodes(type).size(), type));
		assertEquals(7, session.edges("edge:promises").size());
		assertTrue(session.edges("edge:concerns").size() > 0);
		assertTrue(session.edges("edge:audience").size() > 0);
	}

	@Test
	void eachKindHasItsOwnDiagramInTheOneNotationFile() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		for (DiagramKind kind : DiagramKind.values()) {
			new TestSession(document, kind);
		}
		Set<String> kinds = new java.util.HashSet<>();
		for (Diagram d : document.diagrams().getDiagrams()) {
			kinds.add(d.getKind());
		}
		assertEquals(DiagramKind.values().length, kinds.size());
		document.save();
		DiagramDocument reopened = DiagramDocument.open(document.modelFile());
		assertEquals(DiagramKind.values().length, reopened.diagrams().getDiagrams().size());
	}
}
