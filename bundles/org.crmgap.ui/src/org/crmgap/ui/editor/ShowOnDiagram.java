package org.crmgap.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;

/**
 * The tree's "Show on Diagram" menu: the selected elements onto one of the model's diagrams (each beside a neighbour
 * already shown, else below the drawing), as one undoable command, then that diagram opens. A diagram that shows them
 * all already, or whose kind draws none of them, is listed disabled; opening the menu only reads the notation.
 */
final class ShowOnDiagram implements BiConsumer<IMenuManager, List<?>> {

	private final EditorDiagrams diagrams;
	private final Consumer<Diagram> open;

	ShowOnDiagram(EditorDiagrams diagrams, Consumer<Diagram> open) {
		this.diagrams = diagrams;
		this.open = open;
	}

	@Override
	public void accept(IMenuManager menu, List<?> selection) {
		List<EObject> elements = selection.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		if (elements.isEmpty()) {
			return;
		}
		MenuManager show = new MenuManager("Show on Diagram");
		try {
			DiagramDocument document = diagrams.document();
			// a kind without a diagram yet is left out: its first diagram, when its page opens, shows everything
			for (DiagramKind kind : DiagramKind.values()) {
				for (Diagram diagram : kind.isTemplate() ? List.<Diagram>of() : DiagramCommands.list(document, kind)) {
					show.add(action(document, kind, diagram, elements));
				}
			}
		} catch (ModelFileException e) {
			Action broken = new Action("The diagrams cannot be read: " + e.getMessage()) {
			};
			broken.setEnabled(false);
			show.add(broken);
		}
		menu.add(show);
	}

	/** Enabled when the diagram's kind draws one of the elements and the diagram does not show it yet; placed on click. */
	private Action action(DiagramDocument document, DiagramKind kind, Diagram diagram, List<EObject> elements) {
		Set<String> shown = diagram.getShapes().stream().map(Shape::getElement).collect(Collectors.toSet());
		boolean missing = elements.stream().anyMatch(e -> Concept.of(e.eClass()).filter(kind.concepts()::contains).isPresent()
				&& !shown.contains(document.id(e)));
		Action action = new Action(LegacyActionTools.escapeMnemonics(kind.label() + ": " + diagram.getName())) {
			@Override
			public void run() {
				DiagramCommands.show(document, diagram, elements).ifPresent(document::execute);
				open.accept(diagram);
			}
		};
		action.setEnabled(missing);
		return action;
	}
}
