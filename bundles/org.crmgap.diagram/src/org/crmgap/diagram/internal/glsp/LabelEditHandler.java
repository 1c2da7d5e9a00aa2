package org.crmgap.diagram.internal.glsp;

import java.util.Optional;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.NamedElement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;

import com.google.inject.Inject;

/**
 * Direct edit of a node's name label renames the element. What {@link GapLabelValidator} refuses (blank, a sibling's
 * name) is refused here too: a client that skips the validation cannot break the rule.
 */
public class LabelEditHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		String labelId = operation.getLabelId();
		if (labelId == null || !labelId.endsWith(GapGModelFactory.NAME_SUFFIX)
				|| GapLabelValidator.problem(state, labelId, operation.getText()) != null) {
			return doNothing();
		}
		String id = labelId.substring(0, labelId.length() - GapGModelFactory.NAME_SUFFIX.length());
		EObject element = state.document().element(id);
		if (!(element instanceof NamedElement named)) {
			return doNothing();
		}
		// the label may show a shortened name: taking it back unchanged must not cut the real one
		String current = named.getName() == null ? "" : named.getName();
		var shape = state.shape(id);
		String shown = shape == null ? current : GapGModelFactory.shownName(current, shape.getWidth());
		if (operation.getText().strip().equals(current) || operation.getText().equals(shown)) {
			return doNothing();
		}
		return Optional.of(SetCommand.create(state.document().domain(), element,
				CrmGapPackage.Literals.NAMED_ELEMENT__NAME, operation.getText().strip()));
	}
}
