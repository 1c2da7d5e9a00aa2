package org.crmgap.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation rules in one table: id, severity, and the built-in catalogue's causes and recovery
 * actions a diagnosis of the rule leads to (by name). Messages are in rules.properties.
 */
public enum Rule {
	NAMES_UNIQUE("crmgap.names.unique", Diagnostic.ERROR, List.of(), List.of()),
	EXPECTATION_UNADDRESSED("crmgap.expectation.unaddressed", Diagnostic.WARNING,
			List.of("No customer-defined standards"), List.of("Monitor and measure")),
	STANDARD_UNOWNED("crmgap.standard.unowned", Diagnostic.WARNING,
			List.of("No process to set service-quality goals"), List.of()),
	PROMISE_UNBOUND("crmgap.promise.unbound", Diagnostic.WARNING,
			List.of("Overpromising in advertising, personal selling or physical evidence"), List.of("Set realistic expectations")),
	DATASOURCE_LOCATION("crmgap.datasource.location", Diagnostic.ERROR, List.of(), List.of()),
	DATASOURCE_UNMAPPED("crmgap.datasource.unmapped", Diagnostic.ERROR, List.of(), List.of()),
	/** A sheet named for a file that is no workbook: ignored when the data is read. */
	DATASOURCE_SHEET("crmgap.datasource.sheet", Diagnostic.WARNING, List.of(), List.of()),
	/** A SQL source without a JDBC URL or a query, or with a role SQL cannot feed yet; the connection is not tried. */
	DATASOURCE_QUERY("crmgap.datasource.query", Diagnostic.ERROR, List.of(), List.of()),
	THRESHOLD_ORDER("crmgap.threshold.order", Diagnostic.ERROR, List.of(), List.of()),
	GAP_ENDPOINTS("crmgap.gap.endpoints", Diagnostic.WARNING, List.of(), List.of()),
	/** An indicator past its threshold; severity and links come from the gap itself. */
	GAP_THRESHOLD("crmgap.gap.threshold", Diagnostic.WARNING, List.of(), List.of()),
	/** A gap past its error threshold (from the data) that no planned action addresses. */
	GAP_UNPLANNED("crmgap.gap.unplanned", Diagnostic.WARNING, List.of(), List.of()),
	ACTION_OVERDUE("crmgap.action.overdue", Diagnostic.WARNING, List.of(), List.of()),
	/** An open action whose gap's indicator (from the data) already reaches its target. */
	ACTION_REACHED("crmgap.action.reached", Diagnostic.INFO, List.of(), List.of()),
	/** An action (not dropped) whose gap's indicator, measured in the wave it should be reached by, misses its target. */
	ACTION_MISSED("crmgap.action.missed", Diagnostic.WARNING, List.of(), List.of()),
	ACTION_KIND("crmgap.action.kind", Diagnostic.WARNING, List.of(), List.of()),
	/** A segment-assignment file naming a segment (profile) that no segment of the model has. */
	DATASOURCE_ASSIGNMENT("crmgap.datasource.assignment", Diagnostic.WARNING, List.of(), List.of()),
	INSTRUMENT_SCALE("crmgap.instrument.scale", Diagnostic.ERROR, List.of(), List.of());

	/** The source of every diagnostic these rules produce. */
	public static final String SOURCE = "org.crmgap.validation";

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.crmgap.validation.rules");

	private final String id;
	private final int severity;
	private final List<String> causes;
	private final List<String> actions;

	Rule(String id, int severity, List<String> causes, List<String> actions) {
		this.id = id;
		this.severity = severity;
		this.causes = causes;
		this.actions = actions;
	}

	public String id() {
		return id;
	}

	public int severity() {
		return severity;
	}

	public List<String> causes() {
		return causes;
	}

	public List<String> actions() {
		return actions;
	}

	/** The rule with this id, or null (EMF's own checks have none). */
	public static Rule byId(Object id) {
		for (Rule rule : values()) {
			if (rule.id.equals(id)) {
				return rule;
			}
		}
		return null;
	}

	/** Diagnostic code: stable per rule. */
	public int code() {
		return ordinal() + 1;
	}

	String message(Object... arguments) {
		return MessageFormat.format(MESSAGES.getString(id), arguments);
	}
}
