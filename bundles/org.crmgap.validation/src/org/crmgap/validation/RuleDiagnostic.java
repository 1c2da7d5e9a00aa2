package org.crmgap.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * A diagnostic of one rule. Its data: the element, the rule id, then the names of the catalogue causes and
 * actions it links to; plain strings, so the Problems view, the report and the CLI can all show them.
 */
public final class RuleDiagnostic {

	private RuleDiagnostic() {
	}

	static Diagnostic of(Rule rule, int severity, EObject element, List<String> causes, List<String> actions, Object... arguments) {
		List<Object> data = new ArrayList<>();
		data.add(element);
		data.add(rule.id());
		data.add(List.copyOf(causes));
		data.add(List.copyOf(actions));
		return new BasicDiagnostic(severity, Rule.SOURCE, rule.code(), rule.message(arguments), data.toArray());
	}

	static Diagnostic of(Rule rule, EObject element, Object... arguments) {
		return of(rule, rule.severity(), element, rule.causes(), rule.actions(), arguments);
	}

	/** The rule of a diagnostic made here, or null for EMF's own checks. */
	public static Rule rule(Diagnostic diagnostic) {
		return diagnostic.getData().size() > 1 ? Rule.byId(diagnostic.getData().get(1)) : null;
	}

	@SuppressWarnings("unchecked")
	public static List<String> causes(Diagnostic diagnostic) {
		return rule(diagnostic) == null ? List.of() : (List<String>) diagnostic.getData().get(2);
	}

	@SuppressWarnings("unchecked")
	public static List<String> actions(Diagnostic diagnostic) {
		return rule(diagnostic) == null ? List.of() : (List<String>) diagnostic.getData().get(3);
	}
}
