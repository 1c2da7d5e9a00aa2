package org.crmgap.diagram.internal.figure;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.glsp.DocumentStorage;
import org.crmgap.diagram.internal.glsp.GapModelState;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;

/**
 * The GLSP diagram module of the gap-model figure: the same document session as the other kinds, but a fixed
 * template instead of notation shapes, and no operation handlers (the figure is read-only).
 */
public class FigureModule extends DiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramKind.GAP_MODEL.id();
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return GapModelState.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return FigureConfiguration.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return DocumentStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return FigureGModelFactory.class;
	}
}
