package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Asks the page to reveal these model elements in the editor's tree; handled by the client, which passes the ids to
 * the workbench (the server has no view of the tree).
 */
public class RevealInTreeAction extends Action {

	public static final String KIND = "crmgapRevealInTree";

	private List<String> elementIds = new ArrayList<>();

	public RevealInTreeAction() {
		super(KIND);
	}

	public RevealInTreeAction(List<String> elementIds) {
		this();
		this.elementIds = new ArrayList<>(elementIds);
	}

	public List<String> getElementIds() {
		return elementIds;
	}
}
