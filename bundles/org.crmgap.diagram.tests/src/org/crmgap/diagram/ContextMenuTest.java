package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.internal.glsp.RevealInTreeAction;
import org.crmgap.diagram.internal.glsp.ShowElementsOperation;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.Gap;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.eclipse.glsp.server.types.EditorContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context menu the server sends for a selection: which entries, which are greyed, what they do. */
class ContextMenuTest {

	@TempDir
	Path dir;

	private DiagramDocument document;
	private String flow;

	@BeforeEach
	void open() throws Exception {
		document = DiagramDocument.open(TestSession.copyExample(dir));
		Gap queues = TestSession.branchQueues(document);
		flow = document.id(queues.getActual());
	}

	private static List<MenuItem> menu(TestSession session, String... selected) throws Exception {
		EditorContext context = new EditorContext();
		context.setSelectedElementIds(List.of(selected));
		session.dispatch(new RequestContextActions("context-menu", context));
		synchronized (session.received) {
			SetContextActions set = session.received.stream().filter(SetContextActions.class::isInstance).map(SetContextActions.class::cast)
					.reduce((a, b) -> b).orElseThrow();
			return set.getActions().stream().map(MenuItem.class::cast).toList();
		}
	}

	/** Entry id to enabled, submenu entries as "show-related.<id>". */
	private static Map<String, Boolean> enabled(List<MenuItem> items) {
		Map<String, Boolean> map = new LinkedHashMap<>();
		for (MenuItem item : items) {
			map.put(item.getId(), item.isEnabled());
			if (item.getChildren() != null) {
				item.getChildren().forEach(c -> map.put(c.getId(), c.isEnabled()));
			}
		}
		return map;
	}

	private TestSession focused() throws Exception {
		Gap queues = TestSession.branchQueues(document);
		var create = DiagramCommands.create(document, DiagramKind.DIE_OVERVIEW, "Branch queues", DiagramScope.gap(queues));
		document.execute(create);
		Diagram diagram = DiagramCommands.created(create);
		TestSession session = TestSession.unloaded(document, DiagramKind.DIE_OVERVIEW);
		session.load(diagram.getId());
		return session;
	}

	@Test
	void aShownFlowOnAFocusedDiagramCanFollowOnlyTheRelationsThatAddSomething() throws Exception {
		Map<String, Boolean> items = enabled(menu(focused(), flow));
		assertEquals(List.of("delete", "hide", "show-related", "show-related.all"), items.keySet().stream().limit(4).toList());
		assertEquals(true, items.get("delete"));
		assertEquals(true, items.get("hide"));
		assertEquals(true, items.get("show-related"));
		// it serves two segments and realises a second standard, not shown; its performer City Branches is shown
		assertEquals(true, items.get("show-related.edge:serves"));
		assertEquals(true, items.get("show-related.edge:realises"));
		assertEquals(false, items.get("show-related.edge:performed-by"));
		assertEquals(false, items.get("show-related.edge:has-expectation"));
		assertEquals(true, items.get("show-all"));
		assertEquals(true, items.get("layout"));
		assertEquals(true, items.get("open-in-tree"));
	}

	@Test
	void theEntriesCarryTheOperationsForTheSelection() throws Exception {
		List<MenuItem> items = menu(focused(), flow);
		MenuItem serves = items.stream().filter(i -> i.getId().equals("show-related")).findFirst().orElseThrow().getChildren().stream()
				.filter(c -> c.getId().equals("show-related.edge:serves")).findFirst().orElseThrow();
		assertEquals("serves", serves.getLabel());
		ShowElementsOperation related = (ShowElementsOperation) serves.getActions().get(0);
		assertEquals("related", related.getMode());
		assertEquals(List.of(flow), related.getElementIds());
		assertEquals(List.of("edge:serves"), related.getRelations());
		RevealInTreeAction reveal = (RevealInTreeAction) items.stream().filter(i -> i.getId().equals("open-in-tree")).findFirst().orElseThrow()
				.getActions().get(0);
		assertEquals(List.of(flow), reveal.getElementIds());
	}

	@Test
	void withNothingSelectedOnlyShowAllAndLayoutDoSomething() throws Exception {
		Map<String, Boolean> items = enabled(menu(focused()));
		assertEquals(false, items.get("delete"));
		assertEquals(false, items.get("hide"));
		assertEquals(false, items.get("show-related"));
		assertEquals(false, items.get("show-related.edge:serves"));
		assertEquals(false, items.get("open-in-tree"));
		assertEquals(true, items.get("show-all"));
		assertEquals(true, items.get("layout"));
	}

	@Test
	void aDiagramShowingEverythingGreysShowAll() throws Exception {
		Map<String, Boolean> items = enabled(menu(new TestSession(document, DiagramKind.DIE_OVERVIEW), flow));
		assertEquals(false, items.get("show-all"));
		assertEquals(false, items.get("show-related"), "everything related is shown already");
		assertEquals(true, items.get("hide"));
	}

	@Test
	void theReadOnlyFigureOffersOpenInTreeOnly() throws Exception {
		List<MenuItem> items = menu(new TestSession(document, DiagramKind.GAP_MODEL));
		assertEquals(List.of("open-in-tree"), items.stream().map(MenuItem::getId).toList());
		assertEquals(false, items.get(0).isEnabled());
	}
}
