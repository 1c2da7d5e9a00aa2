package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.internal.glsp.ShowElementsOperation;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.diagram.notation.Route;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edges keep the routes ELK found around the nodes, until one of their ends moves. */
class EdgeRoutesTest {

	@TempDir
	Path dir;

	private DiagramDocument document;
	private TestSession session;

	@BeforeEach
	void open() throws Exception {
		document = DiagramDocument.open(TestSession.copyExample(dir));
		session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
	}

	private List<GEdge> edges() {
		return session.edges("edge:");
	}

	private Map<String, List<GPoint>> routes() {
		Map<String, List<GPoint>> routes = new HashMap<>();
		edges().forEach(e -> routes.put(e.getId(), List.copyOf(e.getRoutingPoints())));
		return routes;
	}

	/** Each node's box {x, y, width, height} in the diagram's coordinates, by id (nested nodes are placed in their parent). */
	private Map<String, double[]> boxes() {
		Map<String, double[]> boxes = new HashMap<>();
		collect(session.state().getRoot().getChildren(), 0, 0, boxes);
		return boxes;
	}

	private static void collect(List<GModelElement> children, double x, double y, Map<String, double[]> boxes) {
		for (GModelElement child : children) {
			if (child instanceof GNode node) {
				double nx = x + node.getPosition().getX(), ny = y + node.getPosition().getY();
				boxes.put(node.getId(), new double[] { nx, ny, node.getSize().getWidth(), node.getSize().getHeight() });
				collect(node.getChildren(), nx, ny, boxes);
			}
		}
	}

	@Test
	void routedEdgesGoAroundEveryNodeButTheirEnds() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			if (!kind.isTemplate()) {
				session = new TestSession(document, kind);
				assertEquals(List.of(), through(), kind.toString());
				// routed: all but the edges into a container's content whose route ELK returns missing its ends
				long routed = edges().stream().filter(e -> !e.getRoutingPoints().isEmpty()).count();
				assertTrue(routed >= edges().size() * 0.7, kind + ": " + routed + " of " + edges().size() + " edges routed");
			}
		}
		session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
		// most of the overview's 260 edges bend; a straight one has no routing points (the client draws it as one line)
		long routed = edges().stream().filter(e -> !e.getRoutingPoints().isEmpty()).count();
		assertTrue(routed > 150, routed + " routed edges");
	}

	@Test
	void everyEdgeButThoseIntoTheirOwnContainerKeepsELKsRoute() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			if (!kind.isTemplate()) {
				org.crmgap.diagram.notation.Diagram diagram = document.diagram(kind);
				var content = new DiagramContent(document, kind, diagram);
				Map<String, String> parents = content.parents(false);
				java.util.Set<String> routed = new java.util.HashSet<>();
				diagram.getRoutes().forEach(r -> routed.add(r.getEdge()));
				// a route that missed its ends was refused (the Organisation's edges into a unit moved below everything)
				List<String> missing = content.edges(false).stream().filter(e -> !nested(e.source(), e.target(), parents))
						.map(e -> e.id()).filter(id -> !routed.contains(id)).toList();
				assertEquals(List.of(), missing, kind + ": edges without ELK's route");
			}
		}
	}

	private static boolean nested(String a, String b, Map<String, String> parents) {
		return DiagramContent.inside(b, a, parents) || DiagramContent.inside(a, b, parents);
	}

	private List<String> through() {
		Map<String, double[]> boxes = boxes();
		List<String> through = new ArrayList<>();
		for (GEdge edge : edges()) {
			List<GPoint> points = edge.getRoutingPoints();
			for (int i = 1; i < points.size(); i++) {
				for (Map.Entry<String, double[]> box : boxes.entrySet()) {
					boolean end = box.getKey().equals(edge.getSourceId()) || box.getKey().equals(edge.getTargetId())
							|| holds(box.getKey(), edge.getSourceId()) || holds(box.getKey(), edge.getTargetId());
					if (!end && crosses(points.get(i - 1), points.get(i), box.getValue())) {
						through.add(edge.getId() + " through " + box.getKey());
					}
				}
			}
		}
		return through;
	}

	private boolean holds(String container, String id) {
		GModelElement element = session.element(id);
		for (GModelElement up = element == null ? null : element.getParent(); up != null; up = up.getParent()) {
			if (up.getId().equals(container)) {
				return true;
			}
		}
		return false;
	}

	/** An axis-parallel segment crossing the inside of the box (touching its border is not crossing). */
	private static boolean crosses(GPoint a, GPoint b, double[] box) {
		double minX = Math.min(a.getX(), b.getX()), maxX = Math.max(a.getX(), b.getX());
		double minY = Math.min(a.getY(), b.getY()), maxY = Math.max(a.getY(), b.getY());
		return maxX > box[0] + 1 && minX < box[0] + box[2] - 1 && maxY > box[1] + 1 && minY < box[1] + box[3] - 1;
	}

	@Test
	void movingANodeDropsItsEdgesRoutesOnlyAndUndoBringsThemBack() throws Exception {
		Map<String, List<GPoint>> before = routes();
		String segment = document.id(document.model().getSegments().get(0));
		List<String> attached = edges().stream().filter(e -> e.getSourceId().equals(segment) || e.getTargetId().equals(segment))
				.filter(e -> !e.getRoutingPoints().isEmpty()).map(GEdge::getId).toList();
		assertFalse(attached.isEmpty(), "the segment has routed edges");
		GNode node = (GNode) session.element(segment);
		GPoint to = GraphFactory.eINSTANCE.createGPoint();
		to.setX(node.getPosition().getX() + 40);
		to.setY(node.getPosition().getY());
		session.dispatch(new ChangeBoundsOperation(List.of(moveTo(segment, to))));
		Map<String, List<GPoint>> moved = routes();
		for (Map.Entry<String, List<GPoint>> route : before.entrySet()) {
			if (attached.contains(route.getKey())) {
				assertEquals(List.of(), moved.get(route.getKey()), route.getKey() + " is drawn by the client's router now");
			} else {
				assertEquals(points(route.getValue()), points(moved.get(route.getKey())), route.getKey() + " keeps its route");
			}
		}
		session.dispatch(new UndoAction());
		assertEquals(points(before.get(attached.get(0))), points(routes().get(attached.get(0))));
	}

	/** The routes of the DIE overview in the notation file as saved, by edge id. */
	private List<String> savedRoutes() throws Exception {
		DiagramSet saved = NotationChanges.read(document.modelFile());
		return saved.getDiagrams().stream().filter(d -> d.getKind().equals(DiagramKind.DIE_OVERVIEW.id()))
				.flatMap(d -> d.getRoutes().stream()).map(Route::getEdge).toList();
	}

	@Test
	void theSavedNotationLeavesOutRoutesNoEdgeIsDrawnWithButTheEditorKeepsThemForUndo() throws Exception {
		Diagram diagram = document.diagram(DiagramKind.DIE_OVERVIEW);
		List<String> stored = diagram.getRoutes().stream().map(Route::getEdge).toList();
		document.saveNotation();
		assertEquals(stored, savedRoutes(), "a fresh layout: every route is drawn");

		// moved: the routes of the segment's edges no longer meet it
		String segment = document.id(document.model().getSegments().get(0));
		Set<String> moved = edges().stream().filter(e -> e.getSourceId().equals(segment) || e.getTargetId().equals(segment))
				.map(GEdge::getId).collect(Collectors.toSet());
		GNode node = (GNode) session.element(segment);
		GPoint to = GraphFactory.eINSTANCE.createGPoint();
		to.setX(node.getPosition().getX() + 40);
		to.setY(node.getPosition().getY());
		session.dispatch(new ChangeBoundsOperation(List.of(moveTo(segment, to))));
		// hidden: a unit's edges are gone from the diagram
		OrganisationUnit unit = document.model().getOrganisationUnits().get(0);
		Set<String> hidden = edges().stream().filter(e -> e.getSourceId().equals(document.id(unit)) || e.getTargetId().equals(document.id(unit)))
				.map(GEdge::getId).collect(Collectors.toSet());
		session.dispatch(new ShowElementsOperation("hide", List.of(document.id(unit))));
		long gone = stored.stream().filter(e -> moved.contains(e) || hidden.contains(e)).count();
		assertTrue(moved.stream().anyMatch(stored::contains) && hidden.stream().anyMatch(stored::contains),
				"both had routed edges: " + moved + hidden);

		document.saveNotation();
		assertEquals(stored, diagram.getRoutes().stream().map(Route::getEdge).toList(), "the document keeps every route, in order");
		List<String> saved = savedRoutes();
		assertEquals(stored.size() - gone, saved.size(), "routes written");
		assertEquals(stored.stream().filter(e -> !moved.contains(e) && !hidden.contains(e)).toList(), saved);

		// undone, both are drawn with their routes again, and saved with them
		session.dispatch(new UndoAction());
		session.dispatch(new UndoAction());
		String back = moved.stream().filter(stored::contains).findFirst().orElseThrow();
		assertFalse(((GEdge) session.element(back)).getRoutingPoints().isEmpty(), back + " drawn with its route after undo");
		document.saveNotation();
		assertEquals(stored, savedRoutes());

		// a second copy of a route (two versions that both ran Layout, merged) is not written twice
		Route copy = EcoreUtil.copy(diagram.getRoutes().get(0));
		document.execute(AddCommand.create(document.domain(), diagram, NotationPackage.Literals.DIAGRAM__ROUTES, copy));
		document.saveNotation();
		assertEquals(stored, savedRoutes());
	}

	@Test
	void aNodeDraggedOntoAnotherEdgesRouteSendsThatEdgeToTheClientsRouter() throws Exception {
		Map<String, List<GPoint>> before = routes();
		String segment = document.id(document.model().getSegments().get(0));
		GNode node = (GNode) session.element(segment);
		// the longest leg of a routed edge that does not touch the segment, and the segment's centre put on its middle
		GEdge crossed = null;
		GPoint a = null, b = null;
		for (GEdge edge : edges()) {
			List<GPoint> points = edge.getRoutingPoints();
			boolean own = edge.getSourceId().equals(segment) || edge.getTargetId().equals(segment);
			for (int i = 1; !own && i < points.size(); i++) {
				if (a == null || length(points.get(i - 1), points.get(i)) > length(a, b)) {
					crossed = edge;
					a = points.get(i - 1);
					b = points.get(i);
				}
			}
		}
		assertTrue(crossed != null && length(a, b) > 200, "a long leg to drop the segment on");
		GPoint to = GraphFactory.eINSTANCE.createGPoint();
		to.setX((a.getX() + b.getX()) / 2 - node.getSize().getWidth() / 2);
		to.setY((a.getY() + b.getY()) / 2 - node.getSize().getHeight() / 2);
		session.dispatch(new ChangeBoundsOperation(List.of(moveTo(segment, to))));
		assertEquals(List.of(), routes().get(crossed.getId()), crossed.getId() + ": the segment now lies on its route");
		assertEquals(List.of(), through(), "no routed edge crosses the dropped segment");
		session.dispatch(new UndoAction());
		assertEquals(points(before.get(crossed.getId())), points(routes().get(crossed.getId())), "Undo brings the route back");
	}

	private static double length(GPoint a, GPoint b) {
		return Math.abs(a.getX() - b.getX()) + Math.abs(a.getY() - b.getY());
	}

	@Test
	void layoutOnDemandReplacesTheRoutesInOneUndoableStep() throws Exception {
		boolean dirty = document.isDirty();
		session.dispatch(new LayoutOperation(List.of()));
		assertEquals(dirty, document.isDirty(), "a Layout of a laid-out diagram changes nothing");
		String segment = document.id(document.model().getSegments().get(0));
		GNode node = (GNode) session.element(segment);
		GPoint far = GraphFactory.eINSTANCE.createGPoint();
		far.setX(5000);
		far.setY(9000);
		session.dispatch(new ChangeBoundsOperation(List.of(moveTo(segment, far))));
		Map<String, List<Double>> moved = all(routes());
		int stored = document.diagram(DiagramKind.DIE_OVERVIEW).getRoutes().size();
		session.dispatch(new LayoutOperation(List.of()));
		assertEquals(stored, document.diagram(DiagramKind.DIE_OVERVIEW).getRoutes().size(), "one route per bent edge, not two");
		assertTrue(edges().stream().filter(e -> e.getSourceId().equals(segment) || e.getTargetId().equals(segment))
				.anyMatch(e -> !e.getRoutingPoints().isEmpty()), "the segment's edges are routed again");
		session.dispatch(new UndoAction());
		assertEquals(moved, all(routes()));
	}

	private static ElementAndBounds moveTo(String id, GPoint position) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(position);
		return bounds;
	}

	private static Map<String, List<Double>> all(Map<String, List<GPoint>> routes) {
		Map<String, List<Double>> all = new HashMap<>();
		routes.forEach((id, points) -> all.put(id, points(points)));
		return all;
	}

	private static List<Double> points(List<GPoint> points) {
		List<Double> xy = new ArrayList<>();
		points.forEach(p -> {
			xy.add(p.getX());
			xy.add(p.getY());
		});
		return xy;
	}
}
