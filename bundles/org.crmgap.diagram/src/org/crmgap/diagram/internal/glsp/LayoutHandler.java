package org.crmgap.diagram.internal.glsp;

import java.util.Map;
import java.util.Optional;

import org.crmgap.diagram.internal.layout.InitialDiagram;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;

import com.google.inject.Inject;

/** Layout on demand: ELK places every shape; the new positions are one undoable command on the notation. */
public class LayoutHandler extends BasicOperationHandler<LayoutOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(LayoutOperation operation) {
		Map<String, double[]> positions = InitialDiagram.layout(state.document(), state.kind(), state.diagram());
		CompoundCommand command = new CompoundCommand("Layout");
		for (Shape shape : state.diagram().getShapes()) {
			double[] p = positions.get(shape.getElement());
			if (p != null && (p[0] != shape.getX() || p[1] != shape.getY())) {
				command.append(SetCommand.create(state.document().domain(), shape, Literals.SHAPE__X, p[0]));
				command.append(SetCommand.create(state.document().domain(), shape, Literals.SHAPE__Y, p[1]));
			}
		}
		return command.isEmpty() ? doNothing() : Optional.of(command);
	}
}
