package org.crmgap.ui.editor;

import java.util.function.Consumer;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.GapModel;
import org.crmgap.ui.emf.ItemContentProvider;
import org.crmgap.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view: the model's tree through the same item providers, double-click reveals an element in the editor,
 * elements can be dragged onto a diagram page; then the model's diagrams by kind, double-click opens one.
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
		ElementDrag.from(viewer);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (!diagrams.open(element) && element instanceof EObject modelElement) {
				reveal.accept(modelElement);
			}
		});
	}

	/**
	 * What the Outline selects, as the Properties view sees it: the model's elements only. A diagram of the notation is
	 * renamed with Rename… on its page, which checks the name; the Properties view would not.
	 */
	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(new SelectionChangedEvent(this, modelOnly(event.getSelection())));
	}

	@Override
	public ISelection getSelection() {
		return modelOnly(super.getSelection());
	}

	private static ISelection modelOnly(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			return new StructuredSelection(structured.toList().stream().filter(e -> e instanceof EObject && !(e instanceof Diagram)).toList());
		}
		return selection;
	}

	TreeViewer viewer() {
		return getTreeViewer();
	}
}
