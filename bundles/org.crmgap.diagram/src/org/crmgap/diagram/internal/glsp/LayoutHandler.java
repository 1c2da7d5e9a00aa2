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
			if (p != null) {
				set(command, shape, Literals.SHAPE__X, shape.getX(), p[0]);
				set(command, shape, Literals.SHAPE__Y, shape.getY(), p[1]);
				set(command, shape, Literals.SHAPE__WIDTH, shape.getWidth(), p[2]);
				set(command, shape, Literals.SHAPE__HEIGHT, shape.getHeight(), p[3]);
			}
		}
		return command.isEmpty() ? doNothing() : Optional.of(command);
	}

	private void set(CompoundCommand command, Shape shape, org.eclipse.emf.ecore.EAttribute attribute, double now, double next) {
		if (now != next) {
			command.append(SetCommand.create(state.document().domain(), shape, attribute, next));
		}
	}
}
