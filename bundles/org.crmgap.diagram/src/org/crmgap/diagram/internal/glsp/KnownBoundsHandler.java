package org.crmgap.diagram.internal.glsp;

import java.util.List;
import java.util.function.Function;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsAction;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler;

/**
 * The client's bounds of the elements the server knows. The GLSP client draws the validation markers as elements of
 * its own, with random ids, and reports their bounds too; GLSP's handler stops at the first unknown id (logging an
 * error) and then applies none of the bounds.
 */
public class KnownBoundsHandler extends ComputedBoundsActionHandler {

	@Override
	public List<Action> executeAction(ComputedBoundsAction action) {
		action.setBounds(known(action.getBounds(), b -> b.getElementId()));
		action.setAlignments(known(action.getAlignments(), a -> a.getElementId()));
		action.setRoutes(known(action.getRoutes(), r -> r.getElementId()));
		return super.executeAction(action);
	}

	private <T> List<T> known(List<T> entries, Function<T, String> id) {
		return entries == null ? null : entries.stream().filter(e -> modelState.getIndex().get(id.apply(e)).isPresent()).toList();
	}
}
