package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmgap.diagram.internal.layout.Visibility;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

/** Hide, show related, show all, drop: what is shown is notation, saved and undoable; the model is not touched. */
public class ShowElementsHandler extends BasicOperationHandler<ShowElementsOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(ShowElementsOperation operation) {
		List<String> ids = operation.getElementIds() == null ? List.of() : operation.getElementIds();
		List<String> relations = operation.getRelations();
		String mode = operation.getMode() == null ? "" : operation.getMode();
		if (!List.of("hide", "related", "all", "drop").contains(mode)) {
			throw new GLSPServerException("Unknown show mode \"" + mode + "\": expected hide, related, all or drop.");
		}
		GPoint at = operation.getPosition();
		if (mode.equals("drop") && at == null) {
			throw new GLSPServerException("A drop on the diagram needs the position it was dropped at.");
		}
		// the model is read where the editor wants it read (its UI thread in the workbench)
		List<Optional<Command>> command = new ArrayList<>(1);
		state.document().read(() -> {
			Visibility visibility = new Visibility(state.document(), state.kind(), state.diagram());
			command.add(switch (mode) {
			case "hide" -> visibility.hide(ids);
			case "related" -> visibility.showRelated(ids, relations == null || relations.isEmpty() ? type -> true : relations::contains);
			case "drop" -> visibility.showAt(ids, at.getX(), at.getY());
			default -> visibility.showAll();
			});
		});
		return command.get(0);
	}
}
