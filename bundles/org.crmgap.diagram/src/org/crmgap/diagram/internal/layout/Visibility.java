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
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Route;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * What a diagram shows, changed by the user: hide (the shapes go, the elements stay in the model), show related
 * elements (one hop), show all. Each is one command on the notation. New shapes go next to the element they relate to,
 * on a free spot; shapes drawn inside a shown container (a component in its unit) go inside it, which grows to hold them.
 */
public final class Visibility {

	/** Room to the right of the element a new shape relates to, and under a container's name. */
	private static final double GAP = 40;
	private static final double HEADER = 50;
	/** Up to this many elements are shown one by one beside their neighbours; more are laid out as a block. */
	private static final int FEW = 10;

	private final DiagramDocument document;
	private final DiagramKind kind;
	private final Diagram diagram;
	private final DiagramContent content;

	public Visibility(DiagramDocument document, DiagramKind kind, Diagram diagram) {
		this.document = document;
		this.kind = kind;
		this.diagram = diagram;
		this.content = new DiagramContent(document, kind, diagram);
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
		Map<EObject, EObject> sources = new LinkedHashMap<>();
		Set<EObject> shown = shown();
		for (String id : elementIds) {
			EObject element = document.element(id);
			if (element != null && shown.contains(element)) {
				for (EObject related : Neighbours.of(document.model(), kind, element, types)) {
					if (!shown.contains(related)) {
						sources.putIfAbsent(related, element);
					}
				}
			}
		}
		return show(sources);
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
		List<EObject> inside = missing.stream().filter(e -> container(e, shapeOf) != null).toList();
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
		double dx = (left == Double.MAX_VALUE ? 0 : left) - blockLeft, dy = (shown.isEmpty() ? 0 : bottom + 3 * GAP) - blockTop;
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

	/** Shows these elements (e.g. dropped from the tree): beside a shown neighbour, or below the drawing. */
	public Optional<Command> show(Collection<? extends EObject> elements) {
		Set<EObject> shown = shown();
		Map<EObject, EObject> sources = new LinkedHashMap<>();
		for (EObject element : elements) {
			sources.put(element, Neighbours.of(document.model(), kind, element).stream().filter(shown::contains).findFirst().orElse(null));
		}
		return show(sources);
	}

	/** Shows these elements, each beside its source element (null: below the drawing). */
	public Optional<Command> show(Map<EObject, EObject> sources) {
		if (sources.isEmpty()) {
			return Optional.empty();
		}
		Map<Shape, EObject> existing = content.shapes(false);
		Map<EObject, Shape> shapeOf = new HashMap<>();
		existing.forEach((shape, element) -> shapeOf.put(element, shape));
		Map<String, String> parents = content.parents(false);
		Placement top = new Placement();
		Map<Shape, Placement> insides = new HashMap<>();
		double left = Double.MAX_VALUE, bottom = 0;
		for (Map.Entry<Shape, EObject> e : existing.entrySet()) {
			Shape s = e.getKey();
			if (!parents.containsKey(s.getElement())) {
				top.take(s.getX(), s.getY(), s.getWidth(), s.getHeight());
				left = Math.min(left, s.getX());
				bottom = Math.max(bottom, s.getY() + s.getHeight());
			}
		}
		left = left == Double.MAX_VALUE ? 0 : left;
		List<Shape> added = new ArrayList<>();
		Map<Shape, double[]> grown = new LinkedHashMap<>();
		for (Map.Entry<EObject, EObject> entry : sources.entrySet()) {
			EObject element = entry.getKey();
			Concept concept = Concept.of(element.eClass()).filter(kind.concepts()::contains).orElse(null);
			if (concept == null || shapeOf.containsKey(element)) {
				continue;
			}
			Shape shape = InitialDiagram.shape(document.id(element), concept, element);
			Shape container = container(element, shapeOf);
			double[] at;
			if (container != null) {
				Placement inside = insides.computeIfAbsent(container, c -> inside(c, parents, existing));
				at = inside.place(20, HEADER, shape.getWidth(), shape.getHeight());
				grow(grown, container, at, shape);
			} else {
				Shape source = entry.getValue() == null ? null : shapeOf.get(entry.getValue());
				double[] origin = source == null ? new double[] { left, bottom + 2 * GAP } : besides(source);
				at = top.place(origin[0], origin[1], shape.getWidth(), shape.getHeight());
			}
			shape.setX(at[0]);
			shape.setY(at[1]);
			added.add(shape);
			shapeOf.put(element, shape);
		}
		if (added.isEmpty()) {
			return Optional.empty();
		}
		CompoundCommand command = new CompoundCommand("Show elements");
		command.append(AddCommand.create(document.domain(), diagram, Literals.DIAGRAM__SHAPES, added));
		// shown elements whose container has just come: drawn inside it from now on, where their position is relative to
		// it, so they are placed in it like the new ones (left where they were, they would jump by the container's position)
		for (Map.Entry<Shape, EObject> e : existing.entrySet()) {
			Shape child = e.getKey();
			Shape container = parents.containsKey(child.getElement()) ? null : container(e.getValue(), shapeOf);
			if (container != null && added.contains(container)) {
				double[] at = insides.computeIfAbsent(container, c -> inside(c, parents, existing)).place(20, HEADER, child.getWidth(),
						child.getHeight());
				grow(grown, container, at, child);
				command.append(SetCommand.create(document.domain(), child, Literals.SHAPE__X, at[0]));
				command.append(SetCommand.create(document.domain(), child, Literals.SHAPE__Y, at[1]));
			}
		}
		grown.forEach((container, size) -> {
			if (added.contains(container)) {
				container.setWidth(size[0]);
				container.setHeight(size[1]);
			} else {
				command.append(SetCommand.create(document.domain(), container, Literals.SHAPE__WIDTH, size[0]));
				command.append(SetCommand.create(document.domain(), container, Literals.SHAPE__HEIGHT, size[1]));
			}
		});
		return Optional.of(command);
	}

	/** The container's new size, big enough for a shape placed in it at {@code at}. */
	private static void grow(Map<Shape, double[]> grown, Shape container, double[] at, Shape shape) {
		double[] size = grown.computeIfAbsent(container, c -> new double[] { c.getWidth(), c.getHeight() });
		size[0] = Math.max(size[0], at[0] + shape.getWidth() + 20);
		size[1] = Math.max(size[1], at[1] + shape.getHeight() + 20);
	}

	/** To the right of the source, on the diagram (a shown nested source's position is relative to its container). */
	private double[] besides(Shape source) {
		double[] at = diagram.getShapes().contains(source) ? content.absolute(source.getElement())
				: new double[] { source.getX(), source.getY() };
		return new double[] { at[0] + source.getWidth() + GAP, at[1] };
	}

	/** The shown shape this element is drawn inside, for kinds that nest (null: drawn on the diagram). */
	private Shape container(EObject element, Map<EObject, Shape> shapeOf) {
		if (element.eContainer() == null || kind.nested().stream().noneMatch(r -> r.reference() == element.eContainmentFeature())) {
			return null;
		}
		return shapeOf.get(element.eContainer());
	}

	private static Placement inside(Shape container, Map<String, String> parents, Map<Shape, EObject> existing) {
		Placement inside = new Placement();
		inside.take(-1000, -1000, container.getWidth() + 1000, 1000 + HEADER - 30); // the container's name
		existing.keySet().stream().filter(s -> container.getElement().equals(parents.get(s.getElement())))
				.forEach(s -> inside.take(s.getX(), s.getY(), s.getWidth(), s.getHeight()));
		inside.take(-1000, 0, 1000 - 10, 100000); // nothing left of the container's inside
		return inside;
	}

	private Set<EObject> shown() {
		return new HashSet<>(content.shapes(false).values());
	}
}
