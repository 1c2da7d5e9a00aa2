package org.crmgap.diagram.internal.glsp;

import java.util.List;
import java.util.Optional;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.Relation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;

import com.google.inject.Inject;

/**
 * Reparenting on diagrams that nest: a unit dropped into another unit becomes its sub-unit, a component dropped into
 * a unit moves to it; dropped on the diagram, a unit becomes a top-level unit. Never into itself or its own content.
 */
public class ChangeContainerHandler extends BasicOperationHandler<ChangeContainerOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(ChangeContainerOperation operation) {
		DiagramDocument document = state.document();
		EObject element = document.element(operation.getElementId());
		EObject target = document.element(operation.getTargetContainerId());
		if (target == null) {
			target = document.model(); // dropped on the diagram itself
		}
		if (element == null || target == element || EcoreUtil.isAncestor(element, target)) {
			return doNothing();
		}
		EReference into = into(element, target);
		if (into == null || element.eContainer() == target && element.eContainmentFeature() == into) {
			return doNothing();
		}
		CompoundCommand command = new CompoundCommand("Move into " + target.eClass().getName());
		command.append(RemoveCommand.create(document.domain(), element.eContainer(), element.eContainmentFeature(), element));
		command.append(AddCommand.create(document.domain(), target, into, element));
		Shape shape = state.shape(operation.getElementId());
		GPoint at = operation.getLocation().orElse(null);
		if (shape != null && at != null) {
			double[] origin = target == document.model() ? new double[2] : state.content().absolute(document.id(target));
			command.append(SetCommand.create(document.domain(), shape, Literals.SHAPE__X, Math.max(10, at.getX() - origin[0])));
			command.append(SetCommand.create(document.domain(), shape, Literals.SHAPE__Y, Math.max(10, at.getY() - origin[1])));
		}
		return Optional.of(command);
	}

	/** The containment of {@code target} the element goes into: a nesting of the kind, or the model's own list. */
	private EReference into(EObject element, EObject target) {
		if (target == state.document().model()) {
			Concept concept = Concept.of(element.eClass()).orElse(null);
			return concept != null && concept.owner() == null ? concept.containment() : null;
		}
		List<Relation> nested = state.kind().nested();
		return nested.stream().filter(r -> r.source().isInstance(target) && r.target().isInstance(element)).findFirst()
				.map(Relation::reference).orElse(null);
	}
}
