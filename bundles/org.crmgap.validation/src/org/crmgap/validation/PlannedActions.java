package org.crmgap.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crmgap.model.ActionStatus;
import org.crmgap.model.Catalogue;
import org.crmgap.model.Gap;
import org.crmgap.model.GapCause;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.RecoveryAction;

/**
 * What the rules about the action plan ask of planned actions: open, overdue (also the editor's Actions page), what a
 * catalogue action is for ({@code Targets}: a target reached).
 */
public final class PlannedActions {

	private PlannedActions() {
	}

	/** Neither done nor dropped: still to be carried out. */
	public static boolean open(PlannedAction action) {
		return action.getStatus() != ActionStatus.DONE && action.getStatus() != ActionStatus.DROPPED;
	}

	/** Open and due before today (due today is not late yet). */
	public static boolean overdue(PlannedAction action, LocalDate today) {
		return open(action) && action.getDueDate() != null && action.getDueDate().isBefore(today);
	}

	/** Whether the model plans anything for the gap: an action that addresses it and is not dropped. */
	static boolean planned(Gap gap, GapModel model) {
		return model.getPlannedActions().stream().anyMatch(a -> a.getGap() == gap && a.getStatus() != ActionStatus.DROPPED);
	}

	/**
	 * The gap kinds a catalogue action is for: those of the causes that recommend it, in its own catalogue and the
	 * model's; empty when no cause recommends it (then nothing is known against which to check).
	 */
	static Set<GapKind> gapKinds(RecoveryAction action, GapModel model) {
		List<Catalogue> catalogues = new ArrayList<>();
		if (action.eContainer() instanceof Catalogue own) {
			catalogues.add(own);
		}
		if (model != null && model.getCatalogue() != null && !catalogues.contains(model.getCatalogue())) {
			catalogues.add(model.getCatalogue());
		}
		Set<GapKind> kinds = EnumSet.noneOf(GapKind.class);
		for (Catalogue catalogue : catalogues) {
			for (GapCause cause : catalogue.getCauses()) {
				if (cause.getRecommendedActions().contains(action)) {
					kinds.addAll(cause.getGapKinds());
				}
			}
		}
		return kinds;
	}
}
