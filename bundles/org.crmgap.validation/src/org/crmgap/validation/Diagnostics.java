package org.crmgap.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** Reading validation results: EMF nests diagnostics per element, at any depth; each leaf is one problem. */
public final class Diagnostics {

	private Diagnostics() {
	}

	/** Every leaf diagnostic at any depth that is not OK, in order (empty for a clean model). */
	public static List<Diagnostic> leaves(Diagnostic diagnostic) {
		if (diagnostic.getChildren().isEmpty()) {
			return diagnostic.getSeverity() == Diagnostic.OK ? List.of() : List.of(diagnostic);
		}
		return diagnostic.getChildren().stream().flatMap(d -> leaves(d).stream()).toList();
	}

	/** The model element a diagnostic is about (its first datum), or null. */
	public static EObject element(Diagnostic diagnostic) {
		return diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
	}
}
