package org.crmgap.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;

/** The editor's pages in tab order: which is which, and what the Edit menu means on the visible one. */
final class EditorPages {

	private final List<EditorPage> pages = new ArrayList<>();

	/** Adds the page whose tab is the next one. */
	void add(EditorPage page) {
		pages.add(page);
	}

	/** The tab index of the page (-1 when it is not one of these). */
	int indexOf(EditorPage page) {
		return pages.indexOf(page);
	}

	/** The first page of this type, or null. */
	<P extends EditorPage> P first(Class<P> type) {
		return pages.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	/** The page of this diagram kind, or null. */
	DiagramPage diagram(DiagramKind kind) {
		return pages.stream().filter(p -> p instanceof DiagramPage d && d.kind() == kind).map(DiagramPage.class::cast)
				.findFirst().orElse(null);
	}

	/** Shows the diagram on its kind's page; {@code show} makes the tab at an index the visible one. */
	void open(Diagram diagram, IntConsumer show) {
		DiagramPage page = diagram(DiagramKind.of(diagram.getKind()));
		if (page != null) {
			page.show(diagram);
			show.accept(indexOf(page));
		}
	}

	/** The page at tab {@code index} has become the visible one. */
	void activate(int index) {
		if (index >= 0 && index < pages.size()) {
			pages.get(index).activate();
		}
	}

	/** What the Edit menu does while tab {@code active} is visible; {@code tree} is the model tree's. */
	EditTarget edits(int active, EditTarget tree) {
		return active < 0 || active >= pages.size() ? EditTarget.NONE : pages.get(active).edits(tree);
	}

	void dispose() {
		pages.forEach(EditorPage::dispose);
	}
}
