package org.crmgap.ui.editor;

import java.util.List;

import org.crmgap.model.GapModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * One selection for the whole editor: the model tree's is the editor's (the Properties view and the Outline follow
 * it); the diagrams, the Indicators table, the Outline and problem markers select through it, and a diagram page
 * shows it when it opens.
 */
final class SelectionBridge {

	private final GapModel model;
	private final ModelPage tree;
	private final Runnable showTree;

	SelectionBridge(GapModel model, ModelPage tree, Runnable showTree) {
		this.model = model;
		this.tree = tree;
		this.showTree = showTree;
	}

	/** Shows the element in the model tree, selected. */
	void reveal(EObject element) {
		reveal(List.of(element));
	}

	/** Shows the elements in the model tree, selected (the diagram's "Open in tree"). */
	void reveal(List<EObject> elements) {
		if (!elements.isEmpty()) {
			showTree.run();
			tree.viewer().setSelection(new StructuredSelection(elements), true);
		}
	}

	/** Shows the element with this id in the model tree (nothing when the model has none). */
	void select(String elementId) {
		EObject element = elementId == null ? null : model.eResource().getEObject(elementId);
		if (element != null) {
			reveal(element);
		}
	}

	/** What a diagram selected, in the Properties view (through the tree's selection, without switching pages). */
	void showInProperties(List<EObject> elements) {
		if (!elements.isEmpty()) {
			tree.viewer().setSelection(new StructuredSelection(elements), false);
		}
	}

	/** What is selected in the tree is selected on the diagram. */
	void showOn(DiagramPage diagram) {
		diagram.select(tree.viewer().getStructuredSelection().toList());
	}
}
