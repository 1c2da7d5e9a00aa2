package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.notation.Shape;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.ServiceStandard;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.crmgap.diagram.internal.glsp.ToggleLayerOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DIE overview of the retail bank example, driven through the GLSP server as a client would. */
class GapDiagramTest {

	@TempDir
	Path dir;

	private Path modelFile;
	private DiagramDocument document;
	private TestSession session;

	@BeforeEach
	void open() throws Exception {
		modelFile = TestSession.copyExample(dir);
		document = DiagramDocument.open(modelFile);
		session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
	}

	@Test
	void newOverviewShowsEveryElementOfTheExample() {
		// counted in retail-bank.crmgap: 3 segments, 19 expectations, 4 perceptions, 8 + 7 units, 14 components,
		// 17 standards, 10 flows, 6 communications, 7 promises, 6 data sources (survey and KPIs of two waves, the managers'
		// survey, the readiness assessment), 17 gaps (4 customer gaps)
		Map<String, Integer> expected = Map.of("node:segment", 3, "node:expectation", 19, "node:perception", 4, "node:unit", 15,
				"node:component", 14, "node:standard", 17, "node:flow", 10, "node:communication", 6, "node:promise", 7,
				"node:data-source", 6);
		expected.forEach((type, count) -> assertEquals(count, session.nodes(type).size(), type));
		assertEquals(17, session.edges("edge:gap-").size());
		assertEquals(4, session.edges("edge:gap-customer").size());
		// relations follow the model: every expectation hangs off its segment
		assertEquals(19, session.edges("edge:has-expectation").size());
	}

	@Test
	void newOverviewPutsTheExternalSideAboveTheInternalSide() {
		double lowestExternal = session.nodes("node:expectation").stream().mapToDouble(n -> n.getPosition().getY()).max().orElseThrow();
		double highestInternal = session.nodes("node:standard").stream().mapToDouble(n -> n.getPosition().getY()).min().orElseThrow();
		assertTrue(lowestExternal < highestInternal, lowestExternal + " vs " + highestInternal);
		// no two shapes on top of each other
		List<Shape> shapes = document.diagram(DiagramKind.DIE_OVERVIEW).getShapes();
		for (int i = 0; i < shapes.size(); i++) {
			for (int j = i + 1; j < shapes.size(); j++) {
				Shape a = shapes.get(i), b = shapes.get(j);
				boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
						&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
				assertFalse(overlap, a.getElement() + " overlaps " + b.getElement());
			}
		}
	}

	/**
	 * The example's gaps in its first wave, 2025, as {@code fixtures/example-gaps.py} computes them from retail-bank.crmgap and
	 * the wave's data files (survey.csv, kpi.csv, managers.csv, readiness.csv) with Python's XML and CSV readers and scipy's
	 * t-tests, not with the product's code: the value the edge label shows (two decimals) and the severity. Numbers copied
	 * from its output (see fixtures/README.md).
	 */
	private static final Map<String, String[]> EXAMPLE_GAPS = Map.ofEntries(
			Map.entry("Knowledge gap: relationship customers' responsiveness", new String[] { "-0.77", "warning" }),
			Map.entry("Knowledge gap: relationship customers' empathy", new String[] { "-0.86", "warning" }),
			Map.entry("Policy gap: phone answer standard", new String[] { "+15.00", "error" }),
			Map.entry("Delivery gap: branch queues", new String[] { "+0.56", "error" }),
			Map.entry("Delivery gap: loan decisions", new String[] { "+0.60", "error" }),
			Map.entry("Delivery gap: e-mail answers", new String[] { "+0.69", "error" }),
			Map.entry("Communication gap: account opening promise", new String[] { "+10.96", "error" }),
			Map.entry("Communication gap: loan decision promise", new String[] { "+1.09", "error" }),
			Map.entry("Communication gap: branch waiting promise", new String[] { "+5.59", "error" }),
			Map.entry("Customer gap: transactional savers", new String[] { "-1.68", "error" }),
			Map.entry("Customer gap: relationship banking", new String[] { "-0.69", "warning" }),
			Map.entry("Customer gap: private and business partners", new String[] { "-1.00", "warning" }),
			Map.entry("Customer gap: relationship banking empathy", new String[] { "-0.43", "ok" }),
			Map.entry("Value gap: transactional savers", new String[] { "-0.99", "warning" }),
			Map.entry("CRM readiness: contact centre", new String[] { "+1.50", "error" }),
			Map.entry("CRM readiness: lending workflow", new String[] { "+1.50", "error" }),
			Map.entry("CRM coherence: technology ahead of people and processes", new String[] { "+0.57", "warning" }));

	@Test
	void aGapLabelCarriesTheBadgeOfItsOpenActions() throws Exception {
		document.model().getPlannedActions().clear();
		Gap queues = TestSession.branchQueues(document);
		org.crmgap.model.PlannedAction action = org.crmgap.model.CrmGapFactory.eINSTANCE.createPlannedAction();
		action.setName("Fast lane");
		action.setGap(queues);
		action.setDueDate(java.time.LocalDate.now().plusDays(1));
		document.model().getPlannedActions().add(action);
		document.analyse(); // rebuilds the graph
		var label = session.element(document.id(queues) + "_label");
		assertEquals("label:gap", label.getType());
		assertEquals(1, ((Number) label.getArgs().get("openActions")).intValue());
		assertEquals(0, ((Number) label.getArgs().get("overdueActions")).intValue());
		assertEquals("1 open action", label.getArgs().get("actions"));
		Gap other = document.model().getGaps().stream().filter(g -> g != queues).findFirst().orElseThrow();
		assertEquals(0, ((Number) session.element(document.id(other) + "_label").getArgs().get("openActions")).intValue());
	}

	@Test
	void gapsAreColouredByTheAnalysisOfTheAttachedData() throws Exception {
		// the first wave (the diagram shows the latest, 2026, by default); its listener rebuilds the diagram's graph
		document.analysed(document.model(), ModelAnalysis.analyse(document.model(), modelFile, AnalysisOptions.DEFAULT.withWave("2025")));
		assertEquals(EXAMPLE_GAPS.keySet(), document.model().getGaps().stream().map(Gap::getName).collect(java.util.stream.Collectors.toSet()));
		for (Gap gap : document.model().getGaps()) {
			String[] expected = EXAMPLE_GAPS.get(gap.getName());
			GEdge edge = (GEdge) session.element(document.id(gap));
			assertNotNull(edge, gap.getName());
			assertTrue(edge.getCssClasses().contains("severity-" + expected[1]), gap.getName() + ": " + edge.getCssClasses());
			assertTrue(TestSession.label(edge, "_label").endsWith(" " + expected[0]), gap.getName() + ": " + TestSession.label(edge, "_label"));
		}
		// an element at the end of a flagged gap carries the worst severity of its gaps: the transactional savers'
		// segment is the actual side of their customer gap (an error) and of their value gap (a warning)
		CustomerSegment savers = document.model().getSegments().stream().filter(s -> s.getName().equals("Transactional savers"))
				.findFirst().orElseThrow();
		GNode actual = (GNode) session.element(document.id(savers));
		assertTrue(actual.getCssClasses().contains("severity-error"), actual.getCssClasses().toString());
	}

	@Test
	void paletteCreatesASegmentInTheModelAndOnTheDiagramUndoably() throws Exception {
		session.dispatch(new CreateNodeOperation("node:segment", point(900, 30)));
		assertEquals(4, document.model().getSegments().size());
		CustomerSegment created = document.model().getSegments().get(3);
		assertEquals("New customer segment", created.getName());
		String id = document.id(created);
		GNode node = (GNode) session.element(id);
		assertEquals(900, node.getPosition().getX());
		assertEquals("New customer segment", TestSession.label(node, "_name"));

		session.dispatch(new UndoAction());
		assertEquals(3, document.model().getSegments().size());
		assertNull(session.element(id));
		session.dispatch(new RedoAction());
		assertEquals(4, document.model().getSegments().size());
		assertEquals(id, document.id(document.model().getSegments().get(3)), "redo keeps the id the notation refers to");
		assertNotNull(session.element(id));
	}

	@Test
	void anExpectationDroppedOnASegmentGoesIntoThatSegment() throws Exception {
		CustomerSegment third = document.model().getSegments().get(2);
		int before = third.getExpectations().size();
		CreateNodeOperation create = new CreateNodeOperation("node:expectation", point(50, 50), document.id(third));
		session.dispatch(create);
		assertEquals(before + 1, third.getExpectations().size());
		assertEquals(20, session.nodes("node:expectation").size());
	}

	@Test
	void everyConceptCanBeCreatedFromThePalette() throws Exception {
		// the ten concepts of the DIE overview's palette (the client registers the same list in src/app.ts)
		List<String> concepts = List.of("node:segment", "node:expectation", "node:perception", "node:standard", "node:unit",
				"node:component", "node:flow", "node:communication", "node:promise", "node:data-source");
		assertEquals(101, session.state().getRoot().getChildren().stream().filter(GNode.class::isInstance).count(),
				"the example's 101 elements (newOverviewShowsEveryElementOfTheExample)");
		for (String type : concepts) {
			int before = session.nodes(type).size();
			session.dispatch(new CreateNodeOperation(type, point(10, 10)));
			assertEquals(before + 1, session.nodes(type).size(), type);
		}
		assertEquals(101 + 10, session.state().getRoot().getChildren().stream().filter(GNode.class::isInstance).count());
	}

	@Test
	void drawingAGapEdgeAddsAGapOfThatKindBetweenTheEnds() throws Exception {
		Expectation expectation = document.model().getSegments().get(0).getExpectations().get(0);
		ManagementPerception perception = document.model().getManagementPerceptions().get(0);
		session.dispatch(new CreateEdgeOperation("edge:gap-knowledge", document.id(expectation), document.id(perception)));
		Gap gap = document.model().getGaps().get(17);
		assertEquals(GapKind.KNOWLEDGE, gap.getKind());
		assertSame(expectation, gap.getReference());
		assertSame(perception, gap.getActual());
		assertNotNull(session.element(document.id(gap)));
		session.dispatch(new UndoAction());
		assertEquals(17, document.model().getGaps().size());
	}

	@Test
	void drawingARelationSetsTheReferenceAndDeletingItUnsetsIt() throws Exception {
		ServiceStandard standard = document.model().getServiceStandards().get(0);
		Expectation expectation = document.model().getSegments().get(2).getExpectations().get(0);
		assertFalse(standard.getAddresses().contains(expectation));
		session.dispatch(new CreateEdgeOperation("edge:addresses", document.id(standard), document.id(expectation)));
		assertTrue(standard.getAddresses().contains(expectation));
		String edgeId = "edge:addresses~" + document.id(standard) + "~" + document.id(expectation);
		assertNotNull(session.element(edgeId));
		session.dispatch(new DeleteOperation(List.of(edgeId)));
		assertFalse(standard.getAddresses().contains(expectation));
		assertNull(session.element(edgeId));
	}

	@Test
	void aRelationTheModelDoesNotAllowIsRefused() throws Exception {
		CustomerSegment segment = document.model().getSegments().get(0);
		ServiceStandard standard = document.model().getServiceStandards().get(0);
		int edges = session.elements().size();
		// "addresses" goes from a standard to an expectation, not to a segment
		session.dispatch(new CreateEdgeOperation("edge:addresses", document.id(standard), document.id(segment)));
		assertEquals(edges, session.elements().size());
		assertFalse(document.isDirty());
	}

	@Test
	void deletingANodeDeletesTheElementItsReferencesAndItsShapeUndoably() throws Exception {
		Gap delivery = document.model().getGaps().stream().filter(g -> g.getKind() == GapKind.DELIVERY).findFirst().orElseThrow();
		ServiceStandard standard = (ServiceStandard) delivery.getReference();
		String id = document.id(standard);
		assertEquals(101, document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().size(), "a shape per element of the example");
		session.dispatch(new DeleteOperation(List.of(id)));
		assertFalse(document.model().getServiceStandards().contains(standard));
		assertNull(delivery.getReference(), "references to the deleted standard are removed");
		assertEquals(100, document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().size());
		session.dispatch(new UndoAction());
		assertTrue(document.model().getServiceStandards().contains(standard));
		assertSame(standard, delivery.getReference());
		assertNotNull(session.element(id));
	}

	@Test
	void validationProblemsAreMarkedOnTheirElements() throws Exception {
		session.dispatch(new CreateNodeOperation("node:standard", point(10, 900)));
		ServiceStandard created = document.model().getServiceStandards().get(17);
		session.received.clear();
		session.dispatch(new RequestMarkersAction(List.of(session.state().getRoot().getId())));
		long deadline = System.currentTimeMillis() + 10_000;
		SetMarkersAction markers = null;
		while (markers == null && System.currentTimeMillis() < deadline) {
			markers = session.received.stream().filter(SetMarkersAction.class::isInstance).map(SetMarkersAction.class::cast)
					.findFirst().orElse(null);
			Thread.sleep(20);
		}
		assertNotNull(markers, "the server answers with markers");
		// a new standard has no owner unit yet: the validator's warning sits on its node
		assertTrue(markers.getMarkers().stream().anyMatch(m -> m.getElementId().equals(document.id(created))
				&& m.getLabel().equals("crmgap.standard.unowned") && m.getType().equals("warning")), markers.getMarkers().toString());
	}

	@Test
	void directEditRenamesAndBlankNamesAreRefused() throws Exception {
		CustomerSegment segment = document.model().getSegments().get(0);
		String id = document.id(segment);
		session.dispatch(new ApplyLabelEditOperation(id + "_name", "Young professionals"));
		assertEquals("Young professionals", segment.getName());
		assertEquals("Young professionals", TestSession.label(session.element(id), "_name"));
		session.dispatch(new ApplyLabelEditOperation(id + "_name", "   "));
		assertEquals("Young professionals", segment.getName());
	}

	@Test
	void movingAndResizingChangesTheNotationOnly() throws Exception {
		CustomerSegment segment = document.model().getSegments().get(0);
		String id = document.id(segment);
		GDimension size = GraphFactory.eINSTANCE.createGDimension();
		size.setWidth(250);
		size.setHeight(90);
		session.dispatch(new ChangeBoundsOperation(List.of(bounds(id, point(333, 44), size))));
		GNode node = (GNode) session.element(id);
		assertEquals(333, node.getPosition().getX());
		assertEquals(250, node.getSize().getWidth());
		session.dispatch(new UndoAction());
		assertNotEquals(333, ((GNode) session.element(id)).getPosition().getX());
	}

	@Test
	void reconnectingAGapChangesItsActualSide() throws Exception {
		Gap gap = document.model().getGaps().get(0);
		ManagementPerception other = document.model().getManagementPerceptions().stream()
				.filter(p -> p != gap.getActual()).findFirst().orElseThrow();
		session.dispatch(new ReconnectEdgeOperation(document.id(gap), document.id(gap.getReference()), document.id(other)));
		assertSame(other, gap.getActual());
	}

	@Test
	void layoutOnDemandIsOneUndoableCommand() throws Exception {
		String id = document.id(document.model().getSegments().get(0));
		double lowest = session.nodes("node:data-source").stream().mapToDouble(n -> n.getPosition().getY()).max().orElseThrow();
		session.dispatch(new ChangeBoundsOperation(List.of(bounds(id, point(5000, 9000), null))));
		session.dispatch(new LayoutOperation(List.of()));
		// back among the others: the external side is placed above the data sources at the bottom
		assertTrue(((GNode) session.element(id)).getPosition().getY() < lowest);
		session.dispatch(new UndoAction());
		assertEquals(5000, ((GNode) session.element(id)).getPosition().getX());
	}

	@Test
	void hidingTheGapsLayerRemovesGapEdgesAndIsSavedInTheNotation() throws Exception {
		ToggleLayerOperation hide = new ToggleLayerOperation();
		hide.setLayer("gaps");
		session.dispatch(hide);
		assertEquals(0, session.edges("edge:gap-").size());
		assertTrue(document.diagram(DiagramKind.DIE_OVERVIEW).getHiddenLayers().contains("gaps"));
		session.dispatch(new UndoAction());
		assertEquals(17, session.edges("edge:gap-").size());
	}

	@Test
	void treeEditsShowOnTheDiagram() throws Exception {
		CustomerSegment segment = document.model().getSegments().get(1);
		document.execute(SetCommand.create(document.domain(), segment, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Renamed in the tree"));
		long deadline = System.currentTimeMillis() + 10_000;
		while (!"Renamed in the tree".equals(TestSession.label(session.element(document.id(segment)), "_name"))) {
			assertTrue(System.currentTimeMillis() < deadline, "the diagram was not refreshed");
			Thread.sleep(50);
		}
	}

	@Test
	void aClosedPageNoLongerFollowsTheModel() throws Exception {
		CustomerSegment segment = document.model().getSegments().get(1);
		session.received.clear();
		document.execute(SetCommand.create(document.domain(), segment, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Seen"));
		long deadline = System.currentTimeMillis() + 10_000;
		while (session.received.isEmpty()) {
			assertTrue(System.currentTimeMillis() < deadline, "an open page is told about tree edits");
			Thread.sleep(20);
		}
		session.dispose();
		Thread.sleep(200);
		session.received.clear();
		document.execute(SetCommand.create(document.domain(), segment, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Unseen"));
		Thread.sleep(500);
		assertTrue(session.received.isEmpty(), "a closed page is not: " + session.received);
	}

	@Test
	void saveWritesModelAndNotationAndBothLoadAgain() throws Exception {
		String id = document.id(document.model().getSegments().get(0));
		session.dispatch(new ChangeBoundsOperation(List.of(bounds(id, point(777, 55), null))));
		session.dispatch(new ApplyLabelEditOperation(id + "_name", "Saved segment"));
		assertTrue(document.isDirty());
		session.dispatch(new SaveModelAction());
		assertFalse(document.isDirty());
		Path notation = DiagramDocument.notationFile(modelFile);
		assertTrue(Files.isRegularFile(notation));
		assertFalse(Files.readString(modelFile).contains("crmgapnotation"), "the semantic model stays clean");

		DiagramDocument reopened = DiagramDocument.open(modelFile);
		assertEquals("Saved segment", reopened.model().getSegments().get(0).getName());
		Shape shape = reopened.diagram(DiagramKind.DIE_OVERVIEW).getShapes().stream()
				.filter(s -> s.getElement().equals(id)).findFirst().orElseThrow();
		assertEquals(777, shape.getX());
		assertEquals(document.diagram(DiagramKind.DIE_OVERVIEW).getId(), reopened.diagram(DiagramKind.DIE_OVERVIEW).getId());
	}

	@Test
	void aCorruptNotationFileIsReportedWithItsName() throws Exception {
		Path notation = DiagramDocument.notationFile(modelFile);
		Files.writeString(notation, "<not xml");
		var e = org.junit.jupiter.api.Assertions.assertThrows(org.crmgap.model.persistence.ModelFileException.class,
				() -> DiagramDocument.open(modelFile));
		assertTrue(e.getMessage().contains(notation.getFileName().toString()), e.getMessage());
		assertEquals("<not xml", Files.readString(notation));
	}

	private static ElementAndBounds bounds(String id, GPoint position, GDimension size) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(position);
		bounds.setNewSize(size);
		return bounds;
	}

	private static GPoint point(double x, double y) {
		GPoint p = GraphFactory.eINSTANCE.createGPoint();
		p.setX(x);
		p.setY(y);
		return p;
	}
}
