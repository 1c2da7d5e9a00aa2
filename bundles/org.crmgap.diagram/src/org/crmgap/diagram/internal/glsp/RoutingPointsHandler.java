package org.crmgap.diagram.internal.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * A moved node's edges come back with their new route points. The notation keeps only the routes the layout found
 * (a moved end no longer fits its route, see StoredRoutes), not the client's; the operation must still be known, or the
 * server cannot read the message and closes the connection.
 */
public class RoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		return doNothing();
	}
}
