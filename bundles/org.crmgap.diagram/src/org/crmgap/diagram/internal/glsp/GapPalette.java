package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.diagram.style.Layer;
import org.crmgap.diagram.style.Relation;
import org.crmgap.indicators.GapKinds;
import org.crmgap.model.GapKind;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

/** The palette: one entry per concept and per drawable relation of the kind, and one per gap kind. */
public class GapPalette implements ToolPaletteItemProvider {

	@Inject
	@DiagramType
	protected String diagramType;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		DiagramKind kind = DiagramKind.of(diagramType);
		List<PaletteItem> groups = new ArrayList<>();
		int order = 0;
		for (Layer layer : Layer.values()) {
			List<PaletteItem> items = new ArrayList<>();
			for (Concept c : kind.concepts()) {
				if (c.layer() == layer) {
					items.add(item(c.type(), c.label(), new TriggerNodeCreationAction(c.type()), c.icon(), items.size()));
				}
			}
			if (!items.isEmpty()) {
				groups.add(group(layer.id(), layer.label(), items, order++));
			}
		}
		List<PaletteItem> relations = new ArrayList<>();
		for (Relation r : kind.relations()) {
			if (r.drawable()) {
				String label = r.source().getName() + " " + r.label() + " " + r.target().getName();
				relations.add(item(r.type(), label, new TriggerEdgeCreationAction(r.type()), "arrow-right", relations.size()));
			}
		}
		groups.add(group("relations", "Relations", relations, order++));
		if (kind.showsGaps()) {
			List<PaletteItem> gaps = new ArrayList<>();
			for (GapKind gap : GapKind.VALUES) {
				gaps.add(item(GapStyle.type(gap), GapKinds.title(gap), new TriggerEdgeCreationAction(GapStyle.type(gap)),
						"debug-disconnect", gaps.size()));
			}
			groups.add(group("gaps", "Gaps", gaps, order));
		}
		return groups;
	}

	private static PaletteItem item(String id, String label, org.eclipse.glsp.server.actions.TriggerElementCreationAction action,
			String icon, int order) {
		PaletteItem item = new PaletteItem(id, label, action, icon);
		item.setSortString(String.format("%03d", order));
		return item;
	}

	private static PaletteItem group(String id, String label, List<PaletteItem> items, int order) {
		PaletteItem group = PaletteItem.createPaletteGroup("group-" + id, label, items, "symbol-color");
		group.setSortString(String.format("%03d", order));
		return group;
	}
}
