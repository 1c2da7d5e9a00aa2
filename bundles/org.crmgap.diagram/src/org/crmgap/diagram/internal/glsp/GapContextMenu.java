package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramScope;
import org.crmgap.diagram.internal.layout.DiagramScopes;
import org.crmgap.diagram.internal.layout.Neighbours;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.diagram.style.Relation;
import org.crmgap.model.GapKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;

import com.google.inject.Inject;

/**
 * The diagram's context menu for the selection: Delete, Hide, Show related (all, or along one relation kind the
 * diagram draws, or its gaps), Show all, Layout, Open in tree. An entry that would do nothing is sent disabled; the
 * read-only gap-model figure gets Open in tree only.
 */
public class GapContextMenu implements ContextMenuItemProvider {

	@Inject
	protected GapModelState state;

	@Override
	public List<MenuItem> getItems(List<String> selectedElementIds, GPoint position, Map<String, String> args) {
		List<String> ids = selectedElementIds == null ? List.of() : selectedElementIds;
		List<String> inModel = ids.stream().filter(id -> state.document().element(id) != null).toList();
		MenuItem open = item("open-in-tree", "Open in tree", new RevealInTreeAction(inModel), "navigate", "a", !inModel.isEmpty());
		if (state.kind().isTemplate()) {
			return List.of(open);
		}
		DiagramContent content = state.content();
		Set<EObject> shown = new HashSet<>(content.shapes(false).values());
		List<String> shownIds = ids.stream().filter(id -> shown.contains(state.document().element(id))).toList();
		List<MenuItem> items = new ArrayList<>();
		items.add(item("delete", "Delete", new DeleteOperation(ids), "edit", "a", !ids.isEmpty()));
		items.add(item("hide", "Hide", new ShowElementsOperation("hide", shownIds), "show", "a", !shownIds.isEmpty()));
		items.add(showRelated(shownIds, shown));
		boolean missing = DiagramScopes.elements(state.document().model(), state.kind(), DiagramScope.everything()).stream()
				.anyMatch(e -> !shown.contains(e));
		items.add(item("show-all", "Show all", new ShowElementsOperation("all", List.of()), "show", "c", missing));
		items.add(item("layout", "Layout", new LayoutOperation(List.of()), "view", "a", !shown.isEmpty()));
		items.add(open);
		return items;
	}

	/** "Show related ▸": along every relation, then one entry per relation kind the diagram draws, then its gaps. */
	private MenuItem showRelated(List<String> ids, Set<EObject> shown) {
		DiagramKind kind = state.kind();
		List<MenuItem> children = new ArrayList<>();
		children.add(related("all", "All relations", ids, List.of(), shown));
		for (Relation relation : kind.relations()) {
			children.add(related(relation.type(), relation.label(), ids, List.of(relation.type()), shown));
		}
		if (kind.showsGaps()) {
			children.add(related("gaps", "Gaps", ids, GapKind.VALUES.stream().map(GapStyle::type).toList(), shown));
		}
		boolean any = children.stream().anyMatch(MenuItem::isEnabled);
		return new MenuItem("show-related", "Show related", List.of(), null, "b", "show", null, any, false, children);
	}

	private MenuItem related(String id, String label, List<String> ids, List<String> types, Set<EObject> shown) {
		ShowElementsOperation operation = new ShowElementsOperation("related", ids);
		operation.setRelations(new ArrayList<>(types));
		return item("show-related." + id, label, operation, "relations", "a",
				anyNew(ids, types.isEmpty() ? type -> true : types::contains, shown));
	}

	/** Whether showing related along these edge types would add an element (else the entry is greyed). */
	private boolean anyNew(Collection<String> ids, Predicate<String> types, Set<EObject> shown) {
		return ids.stream().map(state.document()::element).filter(Objects::nonNull)
				.anyMatch(e -> Neighbours.of(state.document().model(), state.kind(), e, types).stream().anyMatch(n -> !shown.contains(n)));
	}

	private static MenuItem item(String id, String label, Action action, String group, String sort, boolean enabled) {
		return new MenuItem(id, label, List.of(action), null, sort, group, null, enabled, false, null);
	}
}
