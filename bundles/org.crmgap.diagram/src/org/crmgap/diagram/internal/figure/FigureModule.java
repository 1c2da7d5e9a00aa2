package org.crmgap.diagram.internal.figure;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.internal.glsp.DocumentStorage;
import org.crmgap.diagram.internal.glsp.GapContextMenu;
import org.crmgap.diagram.internal.glsp.GapModelState;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Singleton;

/**
 * The GLSP diagram module of the gap-model figure: the same document session as the other kinds, but a fixed
 * template instead of notation shapes, no operation handlers (the figure is read-only), and the segment selector.
 */
public class FigureModule extends DiagramModule {

	@Override
	public String getDiagramType() {
		return DiagramKind.GAP_MODEL.id();
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(FigureSelection.class).in(Singleton.class); // one per page (client session)
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(SelectSegmentHandler.class);
	}

	@Override
	protected Class<? extends ContextMenuItemProvider> bindContextMenuItemProvider() {
		return GapContextMenu.class; // Open in tree only: the figure is read-only
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
