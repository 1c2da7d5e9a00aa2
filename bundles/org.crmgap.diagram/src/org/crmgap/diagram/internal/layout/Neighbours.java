package org.crmgap.diagram.internal.layout;

import java.util.LinkedHashSet;
import java.util.Set;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.Relation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.eclipse.emf.ecore.EObject;

/** Elements one hop from an element along what a diagram kind draws: its relations (both ways) and its gaps. */
public final class Neighbours {

	private Neighbours() {
	}

	/** The elements of the kind's concepts one relation or gap away from {@code element}, in model order. */
	public static Set<EObject> of(GapModel model, DiagramKind kind, EObject element) {
		Set<EObject> related = new LinkedHashSet<>();
		for (Relation relation : kind.relations()) {
			if (relation.source().isInstance(element)) {
				related.addAll(DiagramContent.targets(element, relation));
			}
		}
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject other = it.next();
			for (Relation relation : kind.relations()) {
				if (relation.source().isInstance(other) && relation.target().isInstance(element)
						&& DiagramContent.targets(other, relation).contains(element)) {
					related.add(other);
				}
			}
		}
		if (kind.showsGaps()) {
			for (Gap gap : model.getGaps()) {
				if (gap.getReference() == element && gap.getActual() != null) {
					related.add(gap.getActual());
				} else if (gap.getActual() == element && gap.getReference() != null) {
					related.add(gap.getReference());
				}
			}
		}
		related.remove(element);
		related.removeIf(e -> !shows(kind, e));
		return related;
	}

	/** Whether the kind draws elements like this one. */
	public static boolean shows(DiagramKind kind, EObject element) {
		return Concept.of(element.eClass()).filter(kind.concepts()::contains).isPresent();
	}
}
