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

/** The Outline view: the model's tree through the same item providers; a selection reveals it in the editor. */
final class GapOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final GapModel model;
	private final Consumer<EObject> reveal;

	GapOutlinePage(AdapterFactory adapterFactory, GapModel model, Consumer<EObject> reveal) {
		this.adapterFactory = adapterFactory;
		this.model = model;
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
		viewer.setInput(model.eResource());
		viewer.expandToLevel(2);
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
				reveal.accept(element);
			}
		});
	}

	TreeViewer viewer() {
		return getTreeViewer();
	}
}
