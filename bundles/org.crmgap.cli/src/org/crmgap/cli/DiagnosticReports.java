package org.crmgap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.NamedElement;
import org.crmgap.validation.Diagnostics;
import org.crmgap.validation.Rule;
import org.crmgap.validation.RuleDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** Validation results as JSON, and as SARIF 2.1.0 for code-scanning tools in CI. */
final class DiagnosticReports {

	record Entry(String severity, String rule, String element, String elementId, String message, List<String> causes,
			List<String> actions) {
	}

	record Report(long errors, long warnings, List<Entry> diagnostics) {
	}

	private DiagnosticReports() {
	}

	static Report json(Diagnostic diagnostic) {
		List<Entry> entries = new ArrayList<>();
		for (Diagnostic d : Diagnostics.leaves(diagnostic)) {
			if (d.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			EObject element = Diagnostics.element(d);
			Rule rule = RuleDiagnostic.rule(d);
			entries.add(new Entry(d.getSeverity() == Diagnostic.ERROR ? "error" : "warning", rule == null ? "emf" : rule.id(),
					element instanceof NamedElement n ? n.getName() : element == null ? null : element.eClass().getName(),
					element == null || element.eResource() == null ? null : element.eResource().getURIFragment(element),
					d.getMessage(), RuleDiagnostic.causes(d), RuleDiagnostic.actions(d)));
		}
		return new Report(entries.stream().filter(e -> e.severity().equals("error")).count(),
				entries.stream().filter(e -> e.severity().equals("warning")).count(), entries);
	}

	static Map<String, Object> sarif(Diagnostic diagnostic, Path modelFile) {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			rules.add(Map.of("id", rule.id()));
		}
		List<Map<String, Object>> results = new ArrayList<>();
		for (Entry e : json(diagnostic).diagnostics()) {
			Map<String, Object> location = Map.of("physicalLocation", Map.of("artifactLocation",
					Map.of("uri", modelFile.toString())), "logicalLocations",
					List.of(Map.of("name", String.valueOf(e.element()), "fullyQualifiedName", String.valueOf(e.elementId()))));
			results.add(Map.of("ruleId", e.rule(), "level", e.severity(), "message", Map.of("text", e.message()),
					"locations", List.of(location)));
		}
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", Map.of("name", "CRM Gap Studio", "rules", rules)));
		run.put("results", results);
		Map<String, Object> sarif = new LinkedHashMap<>();
		sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		sarif.put("version", "2.1.0");
		sarif.put("runs", List.of(run));
		return sarif;
	}
}
