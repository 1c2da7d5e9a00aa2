package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A model as indented text, one element per line in model order with its set attributes and references below it
 * (references by the target's name): what Git's textconv shows, so that a line diff of two outlines reads as the
 * model's changes. Ids are left out: they never change and would only be noise.
 */
public final class ModelOutline {

	private static final String NAME = "name";

	private ModelOutline() {
	}

	public static List<String> of(EObject root) {
		List<String> lines = new ArrayList<>();
		add(root, "", lines);
		return lines;
	}

	private static void add(EObject element, String indent, List<String> lines) {
		lines.add(indent + Labels.of(element));
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || NAME.equals(feature.getName())
					|| feature instanceof EReference r && (r.isContainment() || r.isContainer())) {
				continue;
			}
			if (feature instanceof EAttribute) {
				String value = Values.attribute(element, feature);
				if (value != null) {
					lines.add(indent + "    " + feature.getName() + ": " + value.replace("\n", "\\n"));
				}
			} else {
				Values.targets(element, feature).values()
						.forEach(label -> lines.add(indent + "    " + feature.getName() + " -> " + label));
			}
		}
		element.eContents().forEach(child -> add(child, indent + "  ", lines));
	}
}
