package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Relation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

/**
 * Delete removes from the model, as in the tree: elements (with references to them and their shapes in every
 * diagram), gaps, and relations (the reference is unset). One undoable command.
 */
public class DeleteHandler extends BasicOperationHandler<DeleteOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		DiagramDocument document = state.document();
		CompoundCommand command = new CompoundCommand("Delete");
		List<EObject> elements = new ArrayList<>();
		for (String id : operation.getElementIds()) {
			String[] relationEdge = DiagramContent.parseRelationEdgeId(id);
			if (relationEdge != null) {
				unlink(document, relationEdge).ifPresent(command::append);
				continue;
			}
			EObject element = document.element(id);
			if (element != null && element != document.model() && !elements.contains(element)) {
				elements.add(element);
			}
		}
		if (!elements.isEmpty()) {
			command.append(DeleteCommand.create(document.domain(), elements));
			List<Shape> shapes = shapesOf(document, elements);
			if (!shapes.isEmpty()) {
				for (Diagram diagram : document.diagrams().getDiagrams()) {
					List<Shape> mine = shapes.stream().filter(s -> s.eContainer() == diagram).toList();
					if (!mine.isEmpty()) {
						command.append(RemoveCommand.create(document.domain(), diagram, NotationPackage.Literals.DIAGRAM__SHAPES, mine));
					}
				}
			}
		}
		return command.isEmpty() ? doNothing() : Optional.of(command);
	}

	private static Optional<Command> unlink(DiagramDocument document, String[] edge) {
		Relation relation = Relation.ofType(edge[0]).orElseThrow();
		EObject source = document.element(edge[1]);
		EObject target = document.element(edge[2]);
		if (source == null || target == null || !relation.drawable()) {
			return Optional.empty();
		}
		return Optional.of(relation.reference().isMany()
				? RemoveCommand.create(document.domain(), source, relation.reference(), target)
				: SetCommand.create(document.domain(), source, relation.reference(), SetCommand.UNSET_VALUE));
	}

	/** Shapes of the deleted elements and of everything inside them. */
	private static List<Shape> shapesOf(DiagramDocument document, List<EObject> elements) {
		Set<String> ids = new HashSet<>();
		for (EObject element : elements) {
			ids.add(document.id(element));
			element.eAllContents().forEachRemaining(child -> ids.add(document.id(child)));
		}
		List<Shape> shapes = new ArrayList<>();
		for (Diagram diagram : document.diagrams().getDiagrams()) {
			diagram.getShapes().stream().filter(s -> ids.contains(s.getElement())).forEach(shapes::add);
		}
		return shapes;
	}
}
