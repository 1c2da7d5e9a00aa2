package org.crmgap.diagram.internal.figure;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** The figure's element types; no type hints, so the client offers no editing of them. */
public class FigureConfiguration extends BaseDiagramConfiguration {

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		for (String node : List.of(FigureTypes.BAND, FigureTypes.DIVIDER, FigureTypes.BOX, FigureTypes.PART, FigureTypes.TAG)) {
			mappings.put(node, GraphPackage.Literals.GNODE);
		}
		mappings.put(FigureTypes.PORT, GraphPackage.Literals.GPORT);
		mappings.put(FigureTypes.GAP, GraphPackage.Literals.GEDGE);
		mappings.put(FigureTypes.FLOW, GraphPackage.Literals.GEDGE);
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return List.of();
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return List.of();
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.NONE;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
