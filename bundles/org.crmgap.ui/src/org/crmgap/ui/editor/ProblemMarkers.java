package org.crmgap.ui.editor;

import java.util.List;

import org.crmgap.validation.Rule;
import org.crmgap.validation.RuleDiagnostic;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** Puts the validation diagnostics of a model on its file as problem markers (Problems view), one per diagnostic. */
final class ProblemMarkers {

	static final String TYPE = "org.crmgap.ui.problem";
	static final String RULE_ID = "ruleId";
	static final String ELEMENT_ID = "elementId";

	private ProblemMarkers() {
	}

	static void replace(IFile file, Diagnostic diagnostic) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Diagnostic d : leaves(diagnostic)) {
			if (d.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, d.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
			marker.setAttribute(IMarker.MESSAGE, d.getMessage());
			Rule rule = RuleDiagnostic.rule(d);
			marker.setAttribute(RULE_ID, rule == null ? "emf" : rule.id());
			EObject element = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? null : e;
			if (element != null && element.eResource() != null) {
				String id = element.eResource().getURIFragment(element);
				marker.setAttribute(ELEMENT_ID, id);
				marker.setAttribute(IMarker.LOCATION, element.eClass().getName() + " " + id);
			}
		}
	}

	private static List<Diagnostic> leaves(Diagnostic diagnostic) {
		return diagnostic.getChildren().isEmpty() ? List.of(diagnostic)
				: diagnostic.getChildren().stream().flatMap(d -> leaves(d).stream()).toList();
	}
}
