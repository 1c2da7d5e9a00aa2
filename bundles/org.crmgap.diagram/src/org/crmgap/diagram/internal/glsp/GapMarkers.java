package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.validation.Diagnostics;
import org.crmgap.validation.GapValidation;
import org.crmgap.validation.RuleDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

/** The validator's problems as markers on the elements the diagram shows (the same rules as the Problems view). */
public class GapMarkers implements ModelValidator {

	@Inject
	protected GapModelState state;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		List<Marker> markers = new ArrayList<>();
		if (elements.stream().noneMatch(GModelRoot.class::isInstance)) {
			return markers;
		}
		state.document().read(() -> {
			// every level: EMF nests an element's diagnostics under its container's
			for (Diagnostic d : Diagnostics.leaves(GapValidation.validate(state.document().model()))) {
				EObject element = Diagnostics.element(d);
				String id = element == null ? null : state.document().id(element);
				if (id != null && d.getSeverity() >= Diagnostic.WARNING && state.getIndex().get(id).isPresent()) {
					String rule = RuleDiagnostic.rule(d) == null ? "problem" : RuleDiagnostic.rule(d).id();
					markers.add(new Marker(rule, d.getMessage(), id,
							d.getSeverity() >= Diagnostic.ERROR ? MarkerKind.ERROR : MarkerKind.WARNING));
				}
			}
		});
		return markers;
	}
}
