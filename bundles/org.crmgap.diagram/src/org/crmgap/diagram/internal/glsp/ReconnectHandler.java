package org.crmgap.diagram.internal.glsp;

import java.util.Optional;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.style.Relation;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapEndpoint;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

import com.google.inject.Inject;

/** Moving an edge end: a gap gets a new reference or actual side; a relation is unset and set between the new ends. */
public class ReconnectHandler extends BasicOperationHandler<ReconnectEdgeOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
		DiagramDocument document = state.document();
		EObject source = document.element(operation.getSourceElementId());
		EObject target = document.element(operation.getTargetElementId());
		if (source == null || target == null || source == target) {
			return doNothing();
		}
		if (document.element(operation.getEdgeElementId()) instanceof Gap gap) {
			if (!(source instanceof GapEndpoint) || !(target instanceof GapEndpoint)) {
				return doNothing();
			}
			CompoundCommand command = new CompoundCommand("Reconnect gap");
			command.append(SetCommand.create(document.domain(), gap, CrmGapPackage.Literals.GAP__REFERENCE, source));
			command.append(SetCommand.create(document.domain(), gap, CrmGapPackage.Literals.GAP__ACTUAL, target));
			return Optional.of(command);
		}
		String[] edge = DiagramContent.parseRelationEdgeId(operation.getEdgeElementId());
		Relation relation = edge == null ? null : Relation.ofType(edge[0]).orElse(null);
		EObject oldSource = edge == null ? null : document.element(edge[1]);
		EObject oldTarget = edge == null ? null : document.element(edge[2]);
		if (relation == null || !relation.drawable() || oldSource == null || oldTarget == null
				|| !relation.source().isInstance(source) || !relation.target().isInstance(target)) {
			return doNothing();
		}
		CompoundCommand command = new CompoundCommand("Reconnect");
		command.append(relation.reference().isMany()
				? RemoveCommand.create(document.domain(), oldSource, relation.reference(), oldTarget)
				: SetCommand.create(document.domain(), oldSource, relation.reference(), SetCommand.UNSET_VALUE));
		command.append(CreateEdgeHandler.link(document, relation, source, target));
		return Optional.of(command);
	}
}
