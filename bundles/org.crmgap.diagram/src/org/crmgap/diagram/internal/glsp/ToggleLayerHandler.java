package org.crmgap.diagram.internal.glsp;

import java.util.Arrays;
import java.util.Optional;

import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.diagram.style.Layer;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

/** Hidden layers are part of the notation: saved with the diagram and undoable, like Sirius's activated layers. */
public class ToggleLayerHandler extends BasicOperationHandler<ToggleLayerOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(ToggleLayerOperation operation) {
		String layer = operation.getLayer();
		if (Arrays.stream(Layer.values()).noneMatch(l -> l.id().equals(layer))) {
			return doNothing();
		}
		var hidden = NotationPackage.Literals.DIAGRAM__HIDDEN_LAYERS;
		return Optional.of(state.diagram().getHiddenLayers().contains(layer)
				? RemoveCommand.create(state.document().domain(), state.diagram(), hidden, layer)
				: AddCommand.create(state.document().domain(), state.diagram(), hidden, layer));
	}
}
