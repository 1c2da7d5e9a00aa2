package org.crmgap.diagram.internal.figure;

import java.time.LocalDate;
import java.util.Collection;

import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.validation.PlannedActions;
import org.eclipse.glsp.graph.GModelElement;

/**
 * The open planned actions on some gaps and how many are overdue (the validator's rules), as the figure's tags and the
 * DIE overview's gap labels show them in a badge.
 */
public record OpenActions(int open, int overdue) {

	public static OpenActions of(GapModel model, Collection<Gap> gaps, LocalDate today) {
		var open = model.getPlannedActions().stream().filter(a -> gaps.contains(a.getGap()) && PlannedActions.open(a)).toList();
		return new OpenActions(open.size(), (int) open.stream().filter(a -> PlannedActions.overdue(a, today)).count());
	}

	/** "2 open actions, 1 overdue"; "" without open actions. */
	public String text() {
		if (open == 0) {
			return "";
		}
		return open + (open == 1 ? " open action" : " open actions") + (overdue > 0 ? ", " + overdue + " overdue" : "");
	}

	/** The element's arguments the client's badge reads. */
	public void addTo(GModelElement element) {
		element.getArgs().put("openActions", open);
		element.getArgs().put("overdueActions", overdue);
		element.getArgs().put("actions", text());
	}
}
