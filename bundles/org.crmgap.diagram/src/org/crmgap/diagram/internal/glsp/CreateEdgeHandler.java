package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.diagram.style.Relation;
import org.crmgap.indicators.GapKinds;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapEndpoint;
import org.crmgap.model.GapKind;
import org.crmgap.model.NamedElement;
import org.crmgap.model.util.SiblingNames;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

/** Palette tools for edges: a relation sets the model reference; a gap tool adds a gap of its kind between the ends. */
public class CreateEdgeHandler extends BasicOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Inject
	protected GapModelState state;

	@Override
	public List<String> getHandledElementTypeIds() {
		List<String> types = new ArrayList<>();
		state.kind().relations().stream().filter(Relation::drawable).forEach(r -> types.add(r.type()));
		if (state.kind().showsGaps()) {
			GapKind.VALUES.forEach(k -> types.add(GapStyle.type(k)));
		}
		return types;
	}

	@Override
	public String getLabel() {
		return "Create edge";
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		DiagramDocument document = state.document();
		EObject source = document.element(operation.getSourceElementId());
		EObject target = document.element(operation.getTargetElementId());
		if (!allowed(operation.getElementTypeId(), source, target)) {
			return doNothing();
		}
		GapKind gapKind = GapStyle.kindOfType(operation.getElementTypeId());
		if (gapKind != null) {
			return gap(document, gapKind, (GapEndpoint) source, (GapEndpoint) target);
		}
		return Optional.of(link(document, Relation.ofType(operation.getElementTypeId()).orElseThrow(), source, target));
	}

	/**
	 * Whether an edge of this type may be drawn from source to target: a gap between two different gap endpoints; a
	 * drawable relation between elements of its types that does not hold already (the edge tool's feedback asks too).
	 */
	static boolean allowed(String type, EObject source, EObject target) {
		if (source == null || target == null) {
			return false;
		}
		if (GapStyle.kindOfType(type) != null) {
			return source instanceof GapEndpoint && target instanceof GapEndpoint && source != target;
		}
		Relation relation = Relation.ofType(type).orElse(null);
		if (relation == null || !relation.drawable() || !relation.source().isInstance(source) || !relation.target().isInstance(target)) {
			return false;
		}
		Object now = source.eGet(relation.reference());
		return relation.reference().isMany() ? !((java.util.List<?>) now).contains(target) : now != target;
	}

	static Command link(DiagramDocument document, Relation relation, EObject source, EObject target) {
		return relation.reference().isMany()
				? AddCommand.create(document.domain(), source, relation.reference(), target)
				: SetCommand.create(document.domain(), source, relation.reference(), target);
	}

	private static Optional<Command> gap(DiagramDocument document, GapKind kind, GapEndpoint reference, GapEndpoint actual) {
		Gap gap = CrmGapFactory.eINSTANCE.createGap();
		gap.setKind(kind);
		gap.setReference(reference);
		gap.setActual(actual);
		gap.setName(SiblingNames.unique(document.model(), CrmGapPackage.Literals.GAP_MODEL__GAPS, gap.eClass(),
				GapKinds.title(kind) + ": " + name(reference) + " / " + name(actual)));
		return Optional.of(AddCommand.create(document.domain(), document.model(), CrmGapPackage.Literals.GAP_MODEL__GAPS, gap));
	}

	private static String name(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "?";
	}
}
