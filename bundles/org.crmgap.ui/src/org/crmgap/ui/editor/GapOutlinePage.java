package org.crmgap.ui.editor;

import java.util.function.Consumer;

import org.crmgap.model.GapModel;
import org.crmgap.ui.emf.ItemContentProvider;
import org.crmgap.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view: the model's tree through the same item providers, double-click reveals an element in the editor;
 * then the model's diagrams by kind, double-click opens one.
 */
final class GapOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final GapModel model;
	private final Consumer<EObject> reveal;
	private final OutlineDiagrams diagrams;

	GapOutlinePage(AdapterFactory adapterFactory, GapModel model, Consumer<EObject> reveal, OutlineDiagrams diagrams) {
		this.adapterFactory = adapterFactory;
		this.model = model;
		this.reveal = reveal;
		this.diagrams = diagrams;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(diagrams.content(new ItemContentProvider(adapterFactory), viewer));
		viewer.setLabelProvider(diagrams.labels(new ItemLabelProvider(adapterFactory)));
		viewer.setInput(model.eResource());
		viewer.expandToLevel(2);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (!diagrams.open(element) && element instanceof EObject modelElement) {
				reveal.accept(modelElement);
			}
		});
	}

	TreeViewer viewer() {
		return getTreeViewer();
	}
}
