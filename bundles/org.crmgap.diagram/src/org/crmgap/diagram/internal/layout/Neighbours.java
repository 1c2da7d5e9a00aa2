package org.crmgap.diagram.internal.layout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.GapStyle;
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
		return of(model, kind, element, type -> true);
	}

	/**
	 * The same along the relations and gaps whose GLSP edge type is accepted (e.g. {@code edge:serves},
	 * {@code edge:gap-delivery}).
	 */
	public static Set<EObject> of(GapModel model, DiagramKind kind, EObject element, Predicate<String> types) {
		Set<EObject> related = new LinkedHashSet<>();
		List<Relation> relations = kind.relations().stream().filter(r -> types.test(r.type())).toList();
		for (Relation relation : relations) {
			if (relation.source().isInstance(element)) {
				related.addAll(DiagramContent.targets(element, relation));
			}
		}
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject other = it.next();
			for (Relation relation : relations) {
				if (relation.source().isInstance(other) && relation.target().isInstance(element)
						&& DiagramContent.targets(other, relation).contains(element)) {
					related.add(other);
				}
			}
		}
		if (kind.showsGaps()) {
			for (Gap gap : model.getGaps()) {
				if (gap.getKind() == null || !types.test(GapStyle.type(gap.getKind()))) {
					continue;
				}
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
