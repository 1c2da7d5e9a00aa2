package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramScope;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.internal.layout.NewShapes.Anchor;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Route;
import org.crmgap.diagram.notation.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

/**
 * What a diagram shows, changed by the user: hide (the shapes go, the elements stay in the model), show related
 * elements (one hop), show all, show what was dropped on the diagram. Each is one command on the notation; where the new
 * shapes go is {@link NewShapes}' rule.
 */
public final class Visibility {

	/** Up to this many elements are shown one by one beside their neighbours; more are laid out as a block. */
	private static final int FEW = 10;

	private final DiagramDocument document;
	private final DiagramKind kind;
	private final Diagram diagram;
	private final DiagramContent content;
	private final NewShapes shapes;

	public Visibility(DiagramDocument document, DiagramKind kind, Diagram diagram) {
		this.document = document;
		this.kind = kind;
		this.diagram = diagram;
		this.content = new DiagramContent(document, kind, diagram);
		this.shapes = new NewShapes(document, kind, diagram, content);
	}

	/** Removes the shapes of these elements and of the shapes drawn inside them; unknown ids and edges are ignored. */
	public Optional<Command> hide(Collection<String> elementIds) {
		Set<String> hidden = new HashSet<>(elementIds);
		Map<String, String> parents = content.parents(false);
		boolean more = true;
		while (more) { // what is drawn inside a hidden shape goes with it
			more = false;
			for (Map.Entry<String, String> child : parents.entrySet()) {
				if (hidden.contains(child.getValue()) && hidden.add(child.getKey())) {
					more = true;
				}
			}
		}
		List<Shape> shapes = diagram.getShapes().stream().filter(s -> hidden.contains(s.getElement())).toList();
		return shapes.isEmpty() ? Optional.empty()
				: Optional.of(RemoveCommand.create(document.domain(), diagram, Literals.DIAGRAM__SHAPES, shapes));
	}

	/** Shows the elements one relation or gap away from these (those of the kind not shown yet), beside them. */
	public Optional<Command> showRelated(Collection<String> elementIds) {
		return showRelated(elementIds, type -> true);
	}

	/** The same along the relations and gaps whose edge type is accepted (e.g. only {@code edge:serves}). */
	public Optional<Command> showRelated(Collection<String> elementIds, Predicate<String> types) {
		Map<EObject, Anchor> anchors = new LinkedHashMap<>();
		Set<EObject> shown = shown();
		for (String id : elementIds) {
			EObject element = document.element(id);
			if (element != null && shown.contains(element)) {
				for (EObject related : Neighbours.of(document.model(), kind, element, types)) {
					if (!shown.contains(related)) {
						anchors.putIfAbsent(related, Anchor.beside(element));
					}
				}
			}
		}
		return shapes.add(anchors);
	}

	/**
	 * Shows every element of the kind not shown yet: a few beside a shown neighbour; many laid out by ELK as a block
	 * below the drawing (beside their neighbours they would make a dense cloud), those of a shown container inside it.
	 */
	public Optional<Command> showAll() {
		Set<EObject> shown = shown();
		List<EObject> missing = DiagramScopes.elements(document.model(), kind, DiagramScope.everything()).stream()
				.filter(e -> !shown.contains(e)).toList();
		if (missing.size() <= FEW) {
			return show(missing);
		}
		Map<EObject, Shape> shapeOf = new HashMap<>();
		content.shapes(false).forEach((shape, element) -> shapeOf.put(element, shape));
		List<EObject> inside = missing.stream().filter(e -> shapes.container(e, shapeOf) != null).toList();
		List<EObject> block = missing.stream().filter(e -> !inside.contains(e)).toList();
		Diagram laidOut = InitialDiagram.create(document, kind, "", block);
		Map<String, String> blockParents = new DiagramContent(document, kind, laidOut).parents(false);
		List<Shape> tops = laidOut.getShapes().stream().filter(s -> !blockParents.containsKey(s.getElement())).toList();
		double left = Double.MAX_VALUE, bottom = 0, blockLeft = Double.MAX_VALUE, blockTop = Double.MAX_VALUE;
		for (Shape s : content.shapes(false).keySet()) {
			double[] at = content.absolute(s.getElement());
			left = Math.min(left, at[0]);
			bottom = Math.max(bottom, at[1] + s.getHeight());
		}
		for (Shape s : tops) {
			blockLeft = Math.min(blockLeft, s.getX());
			blockTop = Math.min(blockTop, s.getY());
		}
		double dx = (left == Double.MAX_VALUE ? 0 : left) - blockLeft, dy = (shown.isEmpty() ? 0 : bottom + 3 * NewShapes.GAP) - blockTop;
		for (Shape s : tops) {
			s.setX(s.getX() + dx);
			s.setY(s.getY() + dy);
		}
		for (Route route : laidOut.getRoutes()) { // the block's edges around its nodes, moved with them
			StoredRoutes.shift(route, dx, dy);
		}
		CompoundCommand command = new CompoundCommand("Show all");
		command.append(AddCommand.create(document.domain(), diagram, Literals.DIAGRAM__SHAPES, new ArrayList<>(laidOut.getShapes())));
		if (!laidOut.getRoutes().isEmpty()) { // an AddCommand of nothing cannot execute, and would take the whole Show all with it
			command.append(AddCommand.create(document.domain(), diagram, Literals.DIAGRAM__ROUTES, new ArrayList<>(laidOut.getRoutes())));
		}
		show(inside).ifPresent(command::append);
		return Optional.of(command);
	}

	/** Shows these elements (e.g. chosen in the tree): beside a shown neighbour, or below the drawing. */
	public Optional<Command> show(Collection<? extends EObject> elements) {
		Set<EObject> shown = shown();
		Map<EObject, Anchor> anchors = new LinkedHashMap<>();
		for (EObject element : elements) {
			anchors.put(element, Neighbours.of(document.model(), kind, element).stream().filter(shown::contains).findFirst()
					.map(Anchor::beside).orElse(new Anchor(null, null)));
		}
		return shapes.add(anchors);
	}

	/**
	 * Shows these elements (dropped on the diagram from the Outline) centred on a point of the diagram, or on the free
	 * spot nearest to it; those drawn inside a shown container go into it. Unknown ids are ignored.
	 */
	public Optional<Command> showAt(Collection<String> elementIds, double x, double y) {
		Map<EObject, Anchor> anchors = new LinkedHashMap<>();
		for (String id : elementIds) {
			EObject element = document.element(id);
			if (element != null) {
				anchors.put(element, Anchor.at(x, y));
			}
		}
		return shapes.add(anchors);
	}

	private Set<EObject> shown() {
		return new HashSet<>(content.shapes(false).values());
	}
}
