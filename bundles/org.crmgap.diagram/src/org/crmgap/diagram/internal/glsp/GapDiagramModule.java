package org.crmgap.diagram.internal.glsp;

import org.crmgap.diagram.DiagramKind;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.popup.PopupModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/** The GLSP diagram module of one diagram kind: every extension point the gap diagrams use, in one list. */
public class GapDiagramModule extends DiagramModule {

	private final DiagramKind kind;

	public GapDiagramModule(DiagramKind kind) {
		this.kind = kind;
	}

	@Override
	public String getDiagramType() {
		return kind.id();
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return GapModelState.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return GapDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return DocumentStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return GapGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return GapPalette.class;
	}

	@Override
	protected Class<? extends PopupModelFactory> bindPopupModelFactory() {
		return GapPopups.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return GapLabelValidator.class;
	}

	@Override
	protected Class<? extends CommandPaletteActionProvider> bindCommandPaletteActionProvider() {
		return GapCommandPalette.class;
	}

	@Override
	protected Class<? extends ContextMenuItemProvider> bindContextMenuItemProvider() {
		return GapContextMenu.class;
	}

	@Override
	protected Class<? extends EdgeCreationChecker> bindEdgeCreationChecker() {
		return GapEdgeChecker.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return GapMarkers.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.rebind(ComputedBoundsActionHandler.class, KnownBoundsHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.rebind(LayoutOperationHandler.class, LayoutHandler.class);
		binding.add(CreateNodeHandler.class);
		binding.add(CreateEdgeHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(LabelEditHandler.class);
		binding.add(ReconnectHandler.class);
		binding.add(ToggleLayerHandler.class);
		binding.add(ShowElementsHandler.class);
		binding.add(ChangeContainerHandler.class);
		binding.add(RoutingPointsHandler.class);
	}
}
