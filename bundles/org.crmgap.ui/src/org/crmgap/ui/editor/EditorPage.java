package org.crmgap.ui.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A page of the gap model editor; the editor knows its pages only through this. */
interface EditorPage {

	/** The text of the page's tab. */
	String title();

	/** Builds the page's widgets in the editor's page container (once, when the editor opens). */
	Control create(Composite parent);

	/** The page has become the visible one. */
	default void activate() {
	}

	/**
	 * What the Edit menu does while this page is visible. {@code tree} is the model tree's: by default Delete deletes
	 * what the Properties view shows (the tree's selection) and the other commands do nothing.
	 */
	default EditTarget edits(EditTarget tree) {
		return EditTarget.deleteOnly(tree);
	}

	/** The editor closes. */
	default void dispose() {
	}
}
