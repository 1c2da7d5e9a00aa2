package org.crmgap.ui.editor;

/**
 * What Edit › Delete, Select All, Cut, Copy and Paste (and their keys) do where the user works: a text field being
 * typed in, the model tree, a diagram. A change of the model is one undoable command; what a target cannot do is a
 * no-op.
 */
interface EditTarget {

	/** Nothing to edit here. */
	EditTarget NONE = new EditTarget() {
	};

	default void delete() {
	}

	default void selectAll() {
	}

	default void cut() {
	}

	default void copy() {
	}

	default void paste() {
	}

	/** Only Delete, done by {@code target}: pages without a selection of their own delete what the Properties view shows. */
	static EditTarget deleteOnly(EditTarget target) {
		return new EditTarget() {
			@Override
			public void delete() {
				target.delete();
			}
		};
	}
}
