package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crmgap.diagram.style.Concept;
import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.CenterAction;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.types.EditorContext;

import com.google.inject.Inject;

/** The command palette (Ctrl+Space) reveals an element by name: selects it and centres the view on it. */
public class GapCommandPalette implements CommandPaletteActionProvider {

	@Inject
	protected GapModelState state;

	@Override
	public List<? extends LabeledAction> getActions(EditorContext context) {
		String typed = getText(context.getArgs()).strip().toLowerCase(Locale.ROOT);
		List<LabeledAction> actions = new ArrayList<>();
		state.getIndex().getAllByClass(GNode.class).forEach(node -> {
			EObject element = state.document().element(node.getId());
			if (element instanceof NamedElement named && named.getName() != null
					&& named.getName().toLowerCase(Locale.ROOT).contains(typed)) {
				String concept = Concept.of(element.eClass()).map(Concept::label).orElse("");
				List<String> ids = List.of(node.getId());
				actions.add(new LabeledAction("Reveal " + named.getName() + " (" + concept + ")",
						List.of(SelectAction.setSelection(ids), new CenterAction(ids, true, true)), "search"));
			}
		});
		actions.sort(java.util.Comparator.comparing(LabeledAction::getLabel, String.CASE_INSENSITIVE_ORDER));
		return actions;
	}
}
