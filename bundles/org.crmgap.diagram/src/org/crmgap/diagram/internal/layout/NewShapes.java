package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.NotationPackage.Literals;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Shapes for elements not shown yet, each on the free spot nearest to where it is wanted (its {@link Anchor}); an
 * element drawn inside a shown container (a component in its unit) goes inside it, which grows to hold it.
 */
final class NewShapes {

	/** Room to the right of the element a new shape relates to, and under a container's name. */
	static final double GAP = 40;
	private static final double HEADER = 50;

	/** Where a new shape is wanted: beside a shown element, centred on a point of the diagram, or (neither) below the drawing. */
	record Anchor(EObject beside, double[] centre) {

		static Anchor beside(EObject element) {
			return new Anchor(element, null);
		}

		static Anchor at(double x, double y) {
			return new Anchor(null, new double[] { x, y });
		}
	}

	private final DiagramDocument document;
	private final DiagramKind kind;
	private final Diagram diagram;
	private final DiagramContent content;

	NewShapes(DiagramDocument document, DiagramKind kind, Diagram diagram, DiagramContent content) {
		this.document = document;
		this.kind = kind;
		this.diagram = diagram;
		this.content = content;
	}

	/** One command adding the shapes of these elements (those of the kind not shown yet); empty when there are none. */
	Optional<Command> add(Map<EObject, Anchor> anchors) {
		if (anchors.isEmpty()) {
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
		double[] below = { left == Double.MAX_VALUE ? 0 : left, bottom + 2 * GAP };
		List<Shape> added = new ArrayList<>();
		Map<Shape, double[]> grown = new LinkedHashMap<>();
		for (Map.Entry<EObject, Anchor> entry : anchors.entrySet()) {
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
				double[] origin = origin(entry.getValue(), shape, shapeOf, below);
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

	/** The preferred top-left corner of a new shape on the diagram. */
	private double[] origin(Anchor anchor, Shape shape, Map<EObject, Shape> shapeOf, double[] below) {
		if (anchor != null && anchor.centre() != null) {
			return new double[] { anchor.centre()[0] - shape.getWidth() / 2, anchor.centre()[1] - shape.getHeight() / 2 };
		}
		Shape source = anchor == null || anchor.beside() == null ? null : shapeOf.get(anchor.beside());
		return source == null ? below : besides(source);
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
	Shape container(EObject element, Map<EObject, Shape> shapeOf) {
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
}
