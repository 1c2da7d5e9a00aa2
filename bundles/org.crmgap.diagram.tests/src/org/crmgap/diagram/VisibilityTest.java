package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crmgap.diagram.internal.glsp.ShowElementsOperation;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.Gap;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.NamedElement;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hide, Show related and Show all through the GLSP server, as the page sends them, on a focused diagram of the example
 * (the delivery gap "branch queues": its standard S01, the branch counter flow and City Branches).
 */
class VisibilityTest {

	@TempDir
	Path dir;

	private DiagramDocument document;
	private Path modelFile;

	@BeforeEach
	void open() throws Exception {
		modelFile = TestSession.copyExample(dir);
		document = DiagramDocument.open(modelFile);
	}

	private <T extends NamedElement> T named(Class<T> type, String name) {
		for (var it = document.model().eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (type.isInstance(e) && name.equals(((NamedElement) e).getName())) {
				return type.cast(e);
			}
		}
		throw new AssertionError("no " + name);
	}

	/** A session on a new diagram of the kind, made first of its kind so the session opens it. */
	private TestSession session(DiagramKind kind, DiagramScope scope) throws Exception {
		var create = DiagramCommands.create(document, kind, "Focused", scope);
		document.execute(create);
		assertEquals(DiagramCommands.created(create), document.diagram(kind));
		return new TestSession(document, kind);
	}

	/** The names on the diagram's nodes, nested ones too. */
	private static Set<String> names(TestSession session) {
		Set<String> names = new TreeSet<>();
		collect(session.elements(), names);
		return names;
	}

	private static void collect(List<GModelElement> elements, Set<String> names) {
		for (GModelElement e : elements) {
			if (e instanceof GNode && e.getType().startsWith("node:")) {
				names.add(TestSession.label(e, "_name"));
				collect(e.getChildren(), names);
			}
		}
	}

	private static boolean overlap(GNode a, GNode b) {
		var p = a.getPosition();
		var q = b.getPosition();
		return p.getX() < q.getX() + b.getSize().getWidth() && q.getX() < p.getX() + a.getSize().getWidth()
				&& p.getY() < q.getY() + b.getSize().getHeight() && q.getY() < p.getY() + a.getSize().getHeight();
	}

	private static void assertNoOverlaps(List<GNode> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(overlap(nodes.get(i), nodes.get(j)), nodes.get(i).getId() + " overlaps " + nodes.get(j).getId());
			}
		}
	}

	private static List<GNode> topNodes(TestSession session) {
		return session.elements().stream().filter(e -> e instanceof GNode && e.getType().startsWith("node:")).map(GNode.class::cast).toList();
	}

	@Test
	void showRelatedBringsTheNeighboursBesideTheSelection() throws Exception {
		Gap queues = named(Gap.class, "Delivery gap: branch queues");
		TestSession session = session(DiagramKind.DIE_OVERVIEW, DiagramScope.gap(queues));
		Set<String> before = Set.of("Branch queue waiting time", "Branch counter service", "City Branches");
		assertEquals(before, names(session));
		InteractionFlow counter = named(InteractionFlow.class, "Branch counter service");
		GNode flow = (GNode) session.element(document.id(counter));

		session.dispatch(new ShowElementsOperation("related", List.of(document.id(counter))));
		// the flow serves both everyday segments and realises S01 (shown) and S12 besides; City Branches performs it
		Set<String> after = new TreeSet<>(before);
		after.addAll(List.of("Transactional savers", "Relationship banking", "Account opening time"));
		assertEquals(after, names(session));
		assertEquals(2, session.edges("edge:serves").size());
		assertEquals(2, session.edges("edge:realises").size());
		assertNoOverlaps(topNodes(session));
		for (String name : List.of("Transactional savers", "Relationship banking", "Account opening time")) {
			GNode added = (GNode) session.element(document.id(named(NamedElement.class, name)));
			double distance = Math.hypot(added.getPosition().getX() - flow.getPosition().getX(), added.getPosition().getY() - flow.getPosition().getY());
			assertTrue(distance < 500, name + " is placed next to the flow, not " + distance + " px away");
		}

		session.dispatch(new UndoAction());
		assertEquals(before, names(session));
		session.dispatch(new RedoAction());
		assertEquals(after, names(session));
	}

	@Test
	void showRelatedCanFollowOneRelationKind() throws Exception {
		Gap queues = named(Gap.class, "Delivery gap: branch queues");
		TestSession session = session(DiagramKind.DIE_OVERVIEW, DiagramScope.gap(queues));
		InteractionFlow counter = named(InteractionFlow.class, "Branch counter service");
		ShowElementsOperation serves = new ShowElementsOperation("related", List.of(document.id(counter)));
		serves.setRelations(List.of("edge:serves"));
		session.dispatch(serves);
		// only the segments it serves, not S12 which it realises too
		assertEquals(Set.of("Branch queue waiting time", "Branch counter service", "City Branches", "Transactional savers",
				"Relationship banking"), names(session));
		// from S01 along its gaps only: the promise of the communication gap "branch waiting" (the flow is shown)
		ShowElementsOperation gaps = new ShowElementsOperation("related", List.of(document.id(named(NamedElement.class, "Branch queue waiting time"))));
		gaps.setRelations(List.of("edge:gap-communication", "edge:gap-delivery"));
		session.dispatch(gaps);
		assertTrue(names(session).contains("Never wait more than 5 minutes"), names(session).toString());
		assertEquals(6, names(session).size(), names(session).toString());
	}

	@Test
	void hiddenElementsStayInTheModelAndTheHidingIsSaved() throws Exception {
		Gap queues = named(Gap.class, "Delivery gap: branch queues");
		TestSession session = session(DiagramKind.DIE_OVERVIEW, DiagramScope.gap(queues));
		InteractionFlow counter = named(InteractionFlow.class, "Branch counter service");
		assertNotNull(session.element(document.id(queues)), "the gap is drawn between S01 and the flow");

		session.dispatch(new ShowElementsOperation("hide", List.of(document.id(counter))));
		assertEquals(Set.of("Branch queue waiting time", "City Branches"), names(session));
		assertNull(session.element(document.id(queues)), "no gap edge without its actual end");
		assertTrue(document.model().getInteractionFlows().contains(counter), "hidden, not deleted");
		assertTrue(document.model().getGaps().contains(queues));
		session.dispatch(new UndoAction());
		assertNotNull(session.element(document.id(counter)));
		session.dispatch(new RedoAction());
		assertNull(session.element(document.id(counter)));

		document.save();
		DiagramDocument reopened = DiagramDocument.open(modelFile);
		Diagram focused = reopened.diagram(DiagramKind.DIE_OVERVIEW);
		assertEquals("Focused", focused.getName());
		assertEquals(Set.of(reopened.id(named(NamedElement.class, "Branch queue waiting time")), reopened.id(named(NamedElement.class, "City Branches"))),
				focused.getShapes().stream().map(Shape::getElement).collect(Collectors.toSet()));
	}

	/** More than a few missing elements with no edge among them: laid out as a block that has no routes. */
	@Test
	void showAllBringsBackElementsWithoutEdgesAmongThem() throws Exception {
		TestSession session = session(DiagramKind.DIE_OVERVIEW, DiagramScope.everything());
		List<String> expectations = document.model().getSegments().stream().flatMap(s -> s.getExpectations().stream()).limit(12)
				.map(document::id).toList();
		session.dispatch(new ShowElementsOperation("hide", expectations));
		assertEquals(101 - 12, topNodes(session).size());
		session.dispatch(new ShowElementsOperation("all", List.of()));
		assertEquals(101, topNodes(session).size(), "every element back");
		assertNoOverlaps(topNodes(session));
	}

	@Test
	void showAllAddsEveryMissingElementWithoutOverlapsAndDeleteStillReachesEveryDiagram() throws Exception {
		Gap queues = named(Gap.class, "Delivery gap: branch queues");
		TestSession session = session(DiagramKind.DIE_OVERVIEW, DiagramScope.gap(queues));
		double bottom = topNodes(session).stream().mapToDouble(n -> n.getPosition().getY() + n.getSize().getHeight()).max().orElseThrow();
		Set<String> before = topNodes(session).stream().map(GNode::getId).collect(Collectors.toSet());
		session.dispatch(new ShowElementsOperation("all", List.of()));
		assertEquals(101, topNodes(session).size(), "every element of the example");
		assertNoOverlaps(topNodes(session));
		// the diagram the user had stays as it was, on top; the new ones are laid out below it
		for (GNode node : topNodes(session)) {
			assertTrue(before.contains(node.getId()) || node.getPosition().getY() > bottom, node.getId() + " is below the drawing");
		}
		assertEquals(17, session.edges("edge:gap-").size());
		session.dispatch(new UndoAction());
		assertEquals(3, topNodes(session).size());

		// a second diagram shows City Branches too; deleting it from the model removes it from both
		document.execute(DiagramCommands.create(document, DiagramKind.DIE_OVERVIEW, "Everything", DiagramScope.everything()));
		String city = document.id(named(OrganisationUnit.class, "City Branches"));
		session.dispatch(new DeleteOperation(List.of(city)));
		for (Diagram diagram : DiagramCommands.list(document, DiagramKind.DIE_OVERVIEW)) {
			assertTrue(diagram.getShapes().stream().noneMatch(s -> s.getElement().equals(city)), diagram.getName());
		}
	}

	@Test
	void aComponentShownAgainGoesInsideItsUnit() throws Exception {
		OrganisationUnit centre = named(OrganisationUnit.class, "Contact Centre");
		TestSession session = session(DiagramKind.ORGANISATION, DiagramScope.unit(centre));
		String empowerment = document.id(named(NamedElement.class, "Contact centre empowerment"));
		session.dispatch(new ShowElementsOperation("hide", List.of(empowerment)));
		assertNull(session.element(empowerment));
		session.dispatch(new ShowElementsOperation("related", List.of(document.id(centre))));
		GModelElement shown = session.element(empowerment);
		assertNotNull(shown);
		assertEquals(document.id(centre), shown.getParent().getId(), "drawn inside its unit");
		List<GNode> inside = shown.getParent().getChildren().stream().filter(c -> c instanceof GNode).map(GNode.class::cast).toList();
		assertEquals(2, inside.size());
		assertNoOverlaps(inside);
		GNode unit = (GNode) shown.getParent();
		GNode component = (GNode) shown;
		assertTrue(component.getPosition().getX() + component.getSize().getWidth() <= unit.getSize().getWidth()
				&& component.getPosition().getY() + component.getSize().getHeight() <= unit.getSize().getHeight(), "the unit holds it");
	}

	@Test
	void aUnitShownAroundItsShownSubUnitHoldsIt() throws Exception {
		OrganisationUnit city = named(OrganisationUnit.class, "City Branches");
		TestSession session = session(DiagramKind.ORGANISATION, DiagramScope.unit(city));
		String retail = document.id(named(OrganisationUnit.class, "Retail Branch Network"));
		assertNull(session.element(retail));
		// City Branches is a sub-unit of the Retail Branch Network: related to it, and drawn inside it once it is shown
		session.dispatch(new ShowElementsOperation("related", List.of(document.id(city))));
		GNode unit = (GNode) session.element(retail);
		GNode sub = (GNode) session.element(document.id(city));
		assertNotNull(unit);
		assertEquals(retail, sub.getParent().getId(), "drawn inside the unit shown around it");
		assertTrue(sub.getPosition().getX() >= 0 && sub.getPosition().getY() >= 0
				&& sub.getPosition().getX() + sub.getSize().getWidth() <= unit.getSize().getWidth()
				&& sub.getPosition().getY() + sub.getSize().getHeight() <= unit.getSize().getHeight(),
				"the unit holds it: " + sub.getPosition() + " " + sub.getSize() + " in " + unit.getSize());
		session.dispatch(new UndoAction());
		assertNull(session.element(retail));
		assertNull(session.element(document.id(city)).getParent() instanceof GNode n && n.getType().startsWith("node:") ? "nested" : null,
				"undo puts it back on the diagram");
	}
}
