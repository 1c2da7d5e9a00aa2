package org.crmgap.cli;

import java.io.PrintWriter;
import java.util.List;

import org.crmgap.validation.Diagnostics;
import org.crmgap.validation.RuleDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/** Prints validation diagnostics in a stable text form and maps them to the exit code. */
final class ModelValidation {

	private ModelValidation() {
	}

	static void print(Diagnostic diagnostic, PrintWriter out) {
		List<Diagnostic> all = Diagnostics.leaves(diagnostic);
		out.printf("Validation: %d error(s), %d warning(s)%n", count(all, Diagnostic.ERROR), count(all, Diagnostic.WARNING));
		for (Diagnostic d : all) {
			if (d.getSeverity() >= Diagnostic.WARNING) {
				var rule = RuleDiagnostic.rule(d);
				out.printf("  %s [%s] %s%n", d.getSeverity() == Diagnostic.ERROR ? "error" : "warning",
						rule == null ? "emf" : rule.id(), d.getMessage());
				if (!RuleDiagnostic.actions(d).isEmpty()) {
					out.printf("      actions: %s%n", String.join("; ", RuleDiagnostic.actions(d)));
				}
			}
		}
	}

	static int exitCode(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> ExitCodes.ERRORS;
		case Diagnostic.WARNING -> ExitCodes.WARNINGS;
		default -> ExitCodes.CLEAN;
		};
	}

	private static long count(List<Diagnostic> all, int severity) {
		return all.stream().filter(d -> d.getSeverity() == severity).count();
	}
}
