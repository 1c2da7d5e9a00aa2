package org.crmgap.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.PlannedAction;

/**
 * "Did it work?" for every planned action with a start date (domain reference, "Evaluate"): its gap from the last
 * dated wave before the start to the first dated wave after the due date, else the latest wave (an action still under
 * way, or not measured since).
 */
final class ActionOutcomes {

	private final GapModel model;
	private final WaveReads reader;

	ActionOutcomes(GapModel model, WaveReads reader) {
		this.model = model;
		this.reader = reader;
	}

	List<ActionOutcome> judge() {
		List<ActionOutcome> outcomes = new ArrayList<>();
		for (PlannedAction action : model.getPlannedActions()) {
			if (action.getStartDate() != null) {
				outcomes.add(judge(action));
			}
		}
		return List.copyOf(outcomes);
	}

	private ActionOutcome judge(PlannedAction action) {
		Gap gap = action.getGap();
		if (gap == null) {
			return notJudged(action, null, null, "it addresses no gap");
		}
		MeasurementWave from = before(action.getStartDate()).orElse(null);
		if (from == null) {
			return notJudged(action, null, null, "no wave dated before its start (" + action.getStartDate() + ")");
		}
		MeasurementWave to = after(action.getDueDate(), from).orElse(null);
		if (to == null) {
			return notJudged(action, from, null, "no wave after wave '" + from.getName() + "', the last before its start");
		}
		WaveMeasures before = reader.read(from);
		WaveMeasures after = reader.read(to);
		if (before == null || after == null) {
			MeasurementWave broken = before == null ? from : to;
			return notJudged(action, from, to, "the data of wave '" + broken.getName() + "' cannot be read: " + reader.problem(broken));
		}
		GapChange change = GapChanges.of(gap, before, after);
		Double target = action.getTargetValue();
		String outcome;
		String reason = null;
		if (change.before() == null || change.after() == null) {
			outcome = ActionOutcome.NOT_JUDGED;
			reason = "the gap has no value in wave '" + (change.before() == null ? from : to).getName() + "'";
		} else if (target != null && Targets.reached(gap.getKind(), change.indicator(), change.after(), target)) {
			outcome = ActionOutcome.CLOSED;
		} else {
			outcome = switch (change.verdict()) {
			case GapChanges.IMPROVED -> ActionOutcome.NARROWED;
			case GapChanges.WORSENED -> ActionOutcome.WIDENED;
			case GapChanges.NO_CHANGE -> ActionOutcome.NO_EFFECT;
			default -> ActionOutcome.NOT_JUDGED;
			};
			reason = outcome.equals(ActionOutcome.NOT_JUDGED) ? "the " + change.test() + " test cannot be computed (too few values or no variance)" : null;
		}
		return new ActionOutcome(Elements.id(action), action.getName(), gap.getName(), change.indicator(), from.getName(), to.getName(), change.before(),
				change.after(), target, change.test(), change.p(), null, outcome, reason);
	}

	/** The last wave dated before the day (the highest order, the later in the model's list on a tie). */
	private Optional<MeasurementWave> before(LocalDate start) {
		return model.getWaves().stream().filter(w -> w.getDate() != null && w.getDate().isBefore(start)).max(byOrder());
	}

	/** The first wave dated after the due day, else the latest when it comes after {@code from}. */
	private Optional<MeasurementWave> after(LocalDate due, MeasurementWave from) {
		Optional<MeasurementWave> first = due == null ? Optional.empty()
				: model.getWaves().stream().filter(w -> w.getDate() != null && w.getDate().isAfter(due)).min(byOrder());
		if (first.isPresent()) {
			return first;
		}
		return Waves.latest(model).filter(w -> byOrder().compare(w, from) > 0);
	}

	private Comparator<MeasurementWave> byOrder() {
		return Waves.byOrder(model);
	}

	private static ActionOutcome notJudged(PlannedAction action, MeasurementWave from, MeasurementWave to, String reason) {
		return new ActionOutcome(Elements.id(action), action.getName(), action.getGap() == null ? null : action.getGap().getName(), null,
				from == null ? null : from.getName(), to == null ? null : to.getName(), null, null, action.getTargetValue(), null,
				null, null, ActionOutcome.NOT_JUDGED, reason);
	}
}
