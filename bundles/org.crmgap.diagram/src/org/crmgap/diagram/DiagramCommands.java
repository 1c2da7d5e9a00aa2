package org.crmgap.diagram;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crmgap.diagram.internal.layout.DiagramScopes;
import org.crmgap.diagram.internal.layout.InitialDiagram;
import org.crmgap.diagram.internal.layout.Visibility;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The named diagrams of a document, any number per kind (like Sirius representations): listing, finding, and the
 * commands that create, rename and delete them. The commands are EMF commands for the document's command stack
 * ({@link DiagramDocument#execute}), so undo and redo work as for any other edit. Names are not blank and are unique
 * per kind; {@link #nameProblem} says why a name is refused (for a dialog's validator), the commands throw
 * {@link IllegalArgumentException} with the same message.
 */
public final class DiagramCommands {

	private DiagramCommands() {
	}

	/** The diagrams of this kind in the notation file's order (the first is the one {@code diagram(kind)} opens). */
	public static List<Diagram> list(DiagramDocument document, DiagramKind kind) {
		return document.diagrams().getDiagrams().stream().filter(d -> kind.id().equals(d.getKind())).toList();
	}

	/** The diagram with this id, of any kind. */
	public static Optional<Diagram> find(DiagramDocument document, String id) {
		return document.diagrams().getDiagrams().stream().filter(d -> d.getId() != null && d.getId().equals(id)).findFirst();
	}

	/** Why {@code name} cannot name a diagram of {@code kind} ({@code except} is the one being renamed), or null. */
	public static String nameProblem(DiagramDocument document, DiagramKind kind, String name, Diagram except) {
		if (name == null || name.isBlank()) {
			return "A diagram needs a name.";
		}
		String trimmed = name.strip();
		for (Diagram other : list(document, kind)) {
			if (other != except && trimmed.equalsIgnoreCase(other.getName() == null ? "" : other.getName().strip())) {
				return "Another " + kind.label() + " diagram is already named \"" + trimmed + "\".";
			}
		}
		return null;
	}

	/**
	 * Adds a diagram of the kind named {@code name} (trimmed) with the scope's elements laid out by ELK. The diagram is
	 * made when the command is, so {@link #created} can tell its id before it runs.
	 */
	public static Command create(DiagramDocument document, DiagramKind kind, String name, DiagramScope scope) {
		if (kind.isTemplate()) {
			throw new IllegalArgumentException("The " + kind.label() + " figure is drawn from the model; it has no named diagrams.");
		}
		check(document, kind, name, null);
		Diagram diagram = InitialDiagram.create(document, kind, name.strip(), DiagramScopes.elements(document.model(), kind, scope));
		AddCommand add = new AddCommand(document.domain(), document.diagrams(), Literals.DIAGRAM_SET__DIAGRAMS, diagram);
		add.setLabel("New diagram " + diagram.getName());
		return add;
	}

	/** The diagram a command from {@link #create} adds. */
	public static Diagram created(Command create) {
		return (Diagram) ((AddCommand) create).getCollection().iterator().next();
	}

	public static Command rename(DiagramDocument document, Diagram diagram, String name) {
		check(document, DiagramKind.of(diagram.getKind()), name, diagram);
		return SetCommand.create(document.domain(), diagram, Literals.DIAGRAM__NAME, name.strip());
	}

	/**
	 * Removes the diagram (its shapes only: the elements stay in the model and on the other diagrams); not the kind's
	 * last one (the kind's page would make a new one outside the command stack): then the command cannot execute.
	 */
	public static Command delete(DiagramDocument document, Diagram diagram) {
		if (list(document, DiagramKind.of(diagram.getKind())).size() < 2) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(document.domain(), document.diagrams(), Literals.DIAGRAM_SET__DIAGRAMS, diagram);
	}

	/**
	 * Shows these elements on the diagram (a drop from the tree or Outline), each beside a neighbour already shown or
	 * below the drawing; empty when there is nothing to add (all shown, or not of the diagram's kind).
	 */
	public static Optional<Command> show(DiagramDocument document, Diagram diagram, Collection<? extends EObject> elements) {
		return new Visibility(document, DiagramKind.of(diagram.getKind()), diagram).show(elements);
	}

	/** Hides these elements (by xmi:id) from the diagram; they stay in the model and on the other diagrams. */
	public static Optional<Command> hide(DiagramDocument document, Diagram diagram, Collection<String> elementIds) {
		return new Visibility(document, DiagramKind.of(diagram.getKind()), diagram).hide(elementIds);
	}

	private static void check(DiagramDocument document, DiagramKind kind, String name, Diagram except) {
		String problem = nameProblem(document, kind, name, except);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}
}
