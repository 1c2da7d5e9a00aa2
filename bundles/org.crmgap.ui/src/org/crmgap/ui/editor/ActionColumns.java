package org.crmgap.ui.editor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import org.crmgap.indicators.ActionOutcome;
import org.crmgap.model.NamedElement;
import org.crmgap.model.PlannedAction;
import org.crmgap.ui.tables.Columns;
import org.crmgap.ui.tables.Numbers;
import org.crmgap.validation.PlannedActions;
import org.eclipse.jface.viewers.TableViewer;

/** The Actions page's columns, and the text its filter searches: one place says how an action reads. */
final class ActionColumns {

	private ActionColumns() {
	}

	static void add(TableViewer table, Function<PlannedAction, ActionOutcome> outcome) {
		Columns<PlannedAction> columns = Columns.of(table, PlannedAction.class);
		// what a planner looks for first, on the left: a narrow editor still shows it without scrolling
		columns.sortable("Action", 220, PlannedAction::getName);
		columns.sortable("Did it work?", 300, a -> outcome(outcome.apply(a)));
		columns.sortable("Status", 140, ActionColumns::status);
		columns.sortable("Due", 90, a -> date(a.getDueDate()));
		columns.sortable("Gap", 200, a -> name(a.getGap()));
		columns.sortable("Target", 70, a -> a.getTargetValue() == null ? "" : num(a.getTargetValue()), Columns.NUMBERS);
		columns.sortable("Owner", 150, a -> name(a.getOwner()));
		columns.sortable("Start", 90, a -> date(a.getStartDate()));
		columns.sortable("Catalogue action", 200, a -> name(a.getAction()));
	}

	/** Everything a row shows, for the filter. */
	static String text(PlannedAction action, ActionOutcome outcome) {
		return String.join(" ", action.getName(), name(action.getGap()), name(action.getAction()), name(action.getOwner()),
				status(action), outcome(outcome));
	}

	/** The status as a person says it; an open action past its due date (before today) is "overdue". */
	static String status(PlannedAction action) {
		String status = action.getStatus() == null ? "" : action.getStatus().getName().toLowerCase(Locale.ROOT).replace('_', ' ');
		return PlannedActions.overdue(action, LocalDate.now()) ? status + ", overdue" : status;
	}

	/** "closed: 0.820 (2025) → 0.410 (2026), Welch p = 0.0001", or why it was not judged; empty before an analysis. */
	static String outcome(ActionOutcome outcome) {
		if (outcome == null) {
			return "";
		}
		if (ActionOutcome.NOT_JUDGED.equals(outcome.outcome())) {
			return outcome.outcome() + ": " + outcome.reason();
		}
		StringBuilder text = new StringBuilder(outcome.outcome()).append(": ").append(num(outcome.before())).append(" (")
				.append(outcome.fromWave()).append(") → ").append(num(outcome.after())).append(" (").append(outcome.toWave()).append(')');
		if (outcome.p() != null) {
			text.append(", ").append(outcome.test()).append(" p = ").append(Numbers.p(outcome.p()));
		}
		return text.toString();
	}

	private static String name(NamedElement element) {
		return element == null ? "" : element.getName();
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String num(Double value) {
		return Numbers.value(value);
	}
}
