package org.crmgap.diagram.internal.figure;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Remembers the selected segment and sends the figure drawn for it. */
public class SelectSegmentHandler extends AbstractActionHandler<SelectSegmentAction> {

	@Inject
	protected FigureSelection selection;

	@Inject
	protected ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(SelectSegmentAction action) {
		selection.select(action.getSegment());
		return submission.submitModel();
	}
}
