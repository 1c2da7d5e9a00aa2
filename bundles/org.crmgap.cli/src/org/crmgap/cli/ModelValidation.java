package org.crmgap.cli;

import java.io.PrintWriter;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Runs the registered validators over a model and reports in a stable text form. */
final class ModelValidation {

	private ModelValidation() {
	}

	static Diagnostic validate(EObject model) {
		return Diagnostician.INSTANCE.validate(model);
	}

	static void print(Diagnostic diagnostic, PrintWriter out) {
		long errors = count(diagnostic, Diagnostic.ERROR);
		long warnings = count(diagnostic, Diagnostic.WARNING);
		out.printf("Validation: %d error(s), %d warning(s)%n", errors, warnings);
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.WARNING) {
				out.printf("  %s: %s%n", child.getSeverity() == Diagnostic.ERROR ? "error" : "warning", child.getMessage());
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

	private static long count(Diagnostic diagnostic, int severity) {
		return diagnostic.getChildren().stream().filter(d -> d.getSeverity() == severity).count();
	}
}
