package org.crmgap.diagram.internal.glsp;

import org.crmgap.diagram.style.Concept;
import org.crmgap.model.NamedElement;
import org.crmgap.model.util.SiblingNames;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

/**
 * While the user types a new name on the diagram: blank names and the name of a sibling of the same type are refused
 * with a message (the validator's sibling-name rule, {@link SiblingNames}); the client does not apply a refused edit.
 */
public class GapLabelValidator implements LabelEditValidator {

	@Inject
	protected GapModelState state;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String problem = problem(state, element.getId(), label);
		return problem == null ? ValidationStatus.ok() : ValidationStatus.error(problem);
	}

	/** Why {@code text} cannot be the name behind the label {@code labelId}, or null when it can. */
	static String problem(GapModelState state, String labelId, String text) {
		if (text == null || text.isBlank()) {
			return "A name cannot be blank";
		}
		EObject element = labelId == null || !labelId.endsWith(GapGModelFactory.NAME_SUFFIX) ? null
				: state.document().element(labelId.substring(0, labelId.length() - GapGModelFactory.NAME_SUFFIX.length()));
		if (element instanceof NamedElement named && !text.strip().equals(named.getName())
				&& SiblingNames.isTaken(named, text.strip())) {
			String concept = Concept.of(element.eClass()).map(c -> c.label().toLowerCase(java.util.Locale.ROOT)).orElse("element");
			return "Another " + concept + " here is already named \"" + text.strip() + "\"";
		}
		return null;
	}
}
