package org.crmgap.diagram.internal.glsp;

import java.util.Optional;

import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import com.google.inject.Inject;

/** Move and resize: positions and sizes go to the notation, never to the semantic model. */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		EditingDomain domain = state.document().domain();
		CompoundCommand command = new CompoundCommand("Move");
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			Shape shape = state.shape(bounds.getElementId());
			if (shape == null) {
				continue;
			}
			if (bounds.getNewPosition() != null) {
				command.append(SetCommand.create(domain, shape, Literals.SHAPE__X, bounds.getNewPosition().getX()));
				command.append(SetCommand.create(domain, shape, Literals.SHAPE__Y, bounds.getNewPosition().getY()));
			}
			if (bounds.getNewSize() != null) {
				command.append(SetCommand.create(domain, shape, Literals.SHAPE__WIDTH, bounds.getNewSize().getWidth()));
				command.append(SetCommand.create(domain, shape, Literals.SHAPE__HEIGHT, bounds.getNewSize().getHeight()));
			}
		}
		return command.isEmpty() ? doNothing() : Optional.of(command);
	}
}
