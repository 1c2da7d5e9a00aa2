package org.crmgap.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;

/**
 * The tree's "Show on Diagram" menu: the selected elements onto one of the model's diagrams (each beside a neighbour
 * already shown, else below the drawing), as one undoable command, then that diagram opens. A diagram that shows them
 * all already, or whose kind draws none of them, is listed disabled.
 */
final class ShowOnDiagram {

	private final EditorDiagrams diagrams;
	private final Consumer<Diagram> open;

	ShowOnDiagram(EditorDiagrams diagrams, Consumer<Diagram> open) {
		this.diagrams = diagrams;
		this.open = open;
	}

	void fill(IMenuManager menu, List<?> selection) {
		List<EObject> elements = selection.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		if (elements.isEmpty()) {
			return;
		}
		MenuManager show = new MenuManager("Show on Diagram");
		try {
			DiagramDocument document = diagrams.document();
			for (DiagramKind kind : DiagramKind.values()) {
				if (!kind.isTemplate()) {
					// the kind's first diagram exists once its page opened; listing it here makes it too
					for (Diagram diagram : DiagramCommands.list(document, kind).isEmpty() ? List.of(document.diagram(kind))
							: DiagramCommands.list(document, kind)) {
						show.add(action(document, kind, diagram, elements));
					}
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

	private Action action(DiagramDocument document, DiagramKind kind, Diagram diagram, List<EObject> elements) {
		Optional<Command> command = DiagramCommands.show(document, diagram, elements);
		Action action = new Action(kind.label() + ": " + diagram.getName()) {
			@Override
			public void run() {
				document.execute(command.orElseThrow());
				open.accept(diagram);
			}
		};
		action.setEnabled(command.isPresent());
		return action;
	}
}
