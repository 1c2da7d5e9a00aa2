package org.crmgap.diagram.internal.glsp;

import java.util.List;
import java.util.Optional;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.internal.layout.InitialDiagram;
import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.diagram.style.Concept;
import org.crmgap.model.NamedElement;
import org.crmgap.model.util.SiblingNames;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

/**
 * Palette tools for concepts: a new element in the model and its shape in the diagram, in one undoable command. A
 * concept kept inside another (an expectation in a segment) goes into the node it was dropped on, else into the
 * first such owner of the model.
 */
public class CreateNodeHandler extends BasicOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public List<String> getHandledElementTypeIds() {
		return state.kind().concepts().stream().map(Concept::type).toList();
	}

	@Override
	public String getLabel() {
		return "Create element";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		Concept concept = Concept.ofType(operation.getElementTypeId()).orElse(null);
		DiagramDocument document = state.document();
		EObject owner = concept == null ? null : owner(concept, operation.getContainerId());
		if (owner == null) {
			return doNothing();
		}
		EObject element = EcoreUtil.create(concept.eClass());
		if (element instanceof NamedElement named) {
			named.setName(SiblingNames.unique(owner, concept.containment(), element.eClass(), "New " + concept.label().toLowerCase()));
		}
		String id = EcoreUtil.generateUUID();
		// the id before the element is attached, so the shape can refer to it; undo and redo keep it
		((XMLResource) document.model().eResource()).setID(element, id);
		Shape shape = InitialDiagram.shape(id, concept);
		GPoint at = operation.getLocation().orElse(null);
		// inside a container shape (a component in its unit), positions are relative to that shape
		String parent = state.kind().nested().stream().anyMatch(r -> r.reference() == concept.containment())
				&& state.shape(document.id(owner)) != null ? document.id(owner) : null;
		double[] origin = parent == null ? new double[2] : state.content().absolute(parent);
		shape.setX(at == null ? 40 : Math.max(10, at.getX() - origin[0]));
		shape.setY(at == null ? 60 : Math.max(parent == null ? 10 : 52, at.getY() - origin[1]));
		CompoundCommand command = new CompoundCommand("Create " + concept.label());
		command.append(AddCommand.create(document.domain(), owner, concept.containment(), element));
		command.append(AddCommand.create(document.domain(), state.diagram(), NotationPackage.Literals.DIAGRAM__SHAPES, shape));
		return Optional.of(command);
	}

	private EObject owner(Concept concept, String containerId) {
		if (concept.owner() == null) {
			return state.document().model();
		}
		EObject container = state.document().element(containerId);
		if (container != null && concept.owner().isInstance(container)) {
			return container;
		}
		for (var it = state.document().model().eAllContents(); it.hasNext();) {
			EObject candidate = it.next();
			if (concept.owner().isInstance(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
