package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

import org.crmgap.diagram.internal.layout.InitialDiagram;
import org.crmgap.diagram.internal.layout.StoredRoutes;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
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
		InitialDiagram.Laid laid = InitialDiagram.layout(state.document(), state.kind(), state.diagram());
		Map<String, double[]> positions = laid.positions();
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
		// the new routes replace the old ones (an edge's old route no longer fits its moved ends anyway); the same routes
		// again are no change (a Layout of a laid-out diagram leaves the editor and the file as they were)
		Diagram diagram = state.diagram();
		if (StoredRoutes.same(diagram.getRoutes(), laid.routes())) {
			return command.isEmpty() ? doNothing() : Optional.of(command);
		}
		if (!diagram.getRoutes().isEmpty()) {
			command.append(RemoveCommand.create(state.document().domain(), diagram, Literals.DIAGRAM__ROUTES, new ArrayList<>(diagram.getRoutes())));
		}
		if (!laid.routes().isEmpty()) {
			command.append(AddCommand.create(state.document().domain(), diagram, Literals.DIAGRAM__ROUTES, laid.routes()));
		}
		return command.isEmpty() ? doNothing() : Optional.of(command);
	}

	private void set(CompoundCommand command, Shape shape, org.eclipse.emf.ecore.EAttribute attribute, double now, double next) {
		if (now != next) {
			command.append(SetCommand.create(state.document().domain(), shape, attribute, next));
		}
	}
}
