package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.diagram.style.Relation;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapKind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import com.google.inject.Inject;

/** Element types and what the client may do with them, derived from the style table of the diagram kind. */
public class GapDiagramConfiguration extends BaseDiagramConfiguration {

	@Inject
	@DiagramType
	protected String diagramType;

	private DiagramKind kind() {
		return DiagramKind.of(diagramType);
	}

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		kind().concepts().forEach(c -> mappings.put(c.type(), GraphPackage.Literals.GNODE));
		kind().relations().forEach(r -> mappings.put(r.type(), GraphPackage.Literals.GEDGE));
		for (GapKind gap : GapKind.VALUES) {
			mappings.put(GapStyle.type(gap), GraphPackage.Literals.GEDGE);
		}
		for (String label : List.of(GapGModelFactory.NAME_LABEL, GapGModelFactory.DETAIL_LABEL, GapGModelFactory.GAP_LABEL)) {
			mappings.put(label, GraphPackage.Literals.GLABEL);
		}
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (Concept concept : kind().concepts()) {
			// what the kind nests can be moved into another container (a unit into another unit)
			boolean reparentable = kind().nested().stream().anyMatch(r -> r.target().isSuperTypeOf(concept.eClass()));
			ShapeTypeHint hint = new ShapeTypeHint(concept.type(), true, true, true, reparentable);
			// clicking a segment with the expectation tool puts the new expectation into that segment
			hint.setContainableElementTypeIds(kind().concepts().stream().filter(c -> contains(concept, c)).map(Concept::type).toList());
			hints.add(hint);
		}
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<EdgeTypeHint> hints = new ArrayList<>();
		for (Relation relation : kind().relations()) {
			EdgeTypeHint hint = createDefaultEdgeTypeHint(relation.type());
			hint.setDeletable(relation.drawable());
			// the server checks each hovered target (GapEdgeChecker): a relation already there is refused
			hint.setDynamic(relation.drawable());
			hint.setRepositionable(false);
			hint.setSourceElementTypeIds(types(relation.source()));
			hint.setTargetElementTypeIds(types(relation.target()));
			hints.add(hint);
		}
		if (kind().showsGaps()) {
			List<String> endpoints = types(CrmGapPackage.Literals.GAP_ENDPOINT);
			for (GapKind gap : GapKind.VALUES) {
				EdgeTypeHint hint = createDefaultEdgeTypeHint(GapStyle.type(gap));
				hint.setRepositionable(false);
				hint.setDynamic(true); // not from an element to itself
				hint.setSourceElementTypeIds(endpoints);
				hint.setTargetElementTypeIds(endpoints);
				hints.add(hint);
			}
		}
		return hints;
	}

	private boolean contains(Concept container, Concept child) {
		return child.owner() != null && child.owner().isSuperTypeOf(container.eClass())
				|| kind().nested().stream().anyMatch(r -> r.source().isSuperTypeOf(container.eClass())
						&& r.target().isSuperTypeOf(child.eClass()));
	}

	private List<String> types(EClass eClass) {
		return kind().concepts().stream().filter(c -> eClass.isSuperTypeOf(c.eClass())).map(Concept::type).toList();
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	/**
	 * The server sizes every node and label itself (LabelSize), so the client draws the model as it comes: asking the
	 * client for bounds first rendered the whole model hidden and sent it back and forth (seconds on 2,000 nodes).
	 */
	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
