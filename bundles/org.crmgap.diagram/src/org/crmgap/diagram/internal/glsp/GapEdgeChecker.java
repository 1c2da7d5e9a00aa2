package org.crmgap.diagram.internal.glsp;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;

import com.google.inject.Inject;

/**
 * Answers the client's edge tool while it hovers a target (the edge type hints are dynamic): the same rule as
 * {@link CreateEdgeHandler}, so a target the handler would refuse shows "not allowed" before the click.
 */
public class GapEdgeChecker implements EdgeCreationChecker {

	@Inject
	protected GapModelState state;

	@Override
	public boolean isValidSource(String edgeType, GModelElement source) {
		return source != null && state.document().element(source.getId()) != null;
	}

	@Override
	public boolean isValidTarget(String edgeType, GModelElement source, GModelElement target) {
		return source != null && target != null && CreateEdgeHandler.allowed(edgeType, state.document().element(source.getId()),
				state.document().element(target.getId()));
	}
}
