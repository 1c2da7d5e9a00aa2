package org.crmgap.ui.editor;

import org.crmgap.model.GapModel;
import org.crmgap.validation.Diagnostics;
import org.crmgap.validation.GapValidation;
import org.crmgap.validation.Rule;
import org.crmgap.validation.RuleDiagnostic;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** Puts the validation diagnostics of a model on its file as problem markers (Problems view), one per diagnostic. */
final class ProblemMarkers {

	static final String TYPE = "org.crmgap.ui.problem";
	static final String RULE_ID = "ruleId";
	static final String ELEMENT_ID = "elementId";

	private ProblemMarkers() {
	}

	/** Validates the model's structure and replaces the file's markers (on open, on save, from the Overview). */
	static void update(IFile file, GapModel model) {
		try {
			replace(file, GapValidation.validate(model));
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).error("Could not update the problem markers of " + file.getLocation(), e);
		}
	}

	static void replace(IFile file, Diagnostic diagnostic) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Diagnostic d : Diagnostics.leaves(diagnostic)) {
			if (d.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, d.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
			marker.setAttribute(IMarker.MESSAGE, d.getMessage());
			Rule rule = RuleDiagnostic.rule(d);
			marker.setAttribute(RULE_ID, rule == null ? "emf" : rule.id());
			EObject element = Diagnostics.element(d);
			if (element != null && element.eResource() != null) {
				String id = element.eResource().getURIFragment(element);
				marker.setAttribute(ELEMENT_ID, id);
				marker.setAttribute(IMarker.LOCATION, element.eClass().getName() + " " + id);
			}
		}
	}
}
