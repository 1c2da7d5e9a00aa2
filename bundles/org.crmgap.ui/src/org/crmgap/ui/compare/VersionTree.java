package org.crmgap.ui.compare;

import java.util.Set;

import org.crmgap.model.GapModel;
import org.crmgap.ui.emf.ItemContentProvider;
import org.crmgap.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One version of the model as a read-only tree, titled by its file; the elements the comparison found changed are
 * coloured (added or removed: {@code marked}; otherwise changed), and {@link #show} selects one by its id.
 */
final class VersionTree {

	private final GapModel model;
	private final String title;
	private final Label header;
	private final TreeViewer viewer;

	VersionTree(Composite parent, String title, GapModel model, AdapterFactory adapters, Set<String> marked, Set<String> changed,
			int markColour) {
		this.model = model;
		this.title = title;
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		header = new Label(box, SWT.NONE);
		header.setText(title);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(box, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new ItemContentProvider(adapters));
		viewer.setLabelProvider(new Colours(adapters, marked, changed, box.getDisplay().getSystemColor(markColour),
				box.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE)));
		viewer.setInput(model.eResource());
		viewer.expandToLevel(2);
	}

	/** Selects and reveals the element with this id; says so in the header when this version has none. */
	void show(String id) {
		EObject element = Comparison.find(model, id);
		if (element == null) {
			viewer.setSelection(StructuredSelection.EMPTY);
			header.setText(title + " — not in this version");
		} else {
			viewer.setSelection(new StructuredSelection(element), true);
			header.setText(title);
		}
		header.getParent().layout();
	}

	TreeViewer viewer() {
		return viewer;
	}

	String header() {
		return header.getText();
	}

	/** The item providers' labels, coloured where the element changed. */
	private static final class Colours extends ItemLabelProvider implements IColorProvider {

		private final Set<String> marked;
		private final Set<String> changed;
		private final Color markColour;
		private final Color changeColour;

		Colours(AdapterFactory adapters, Set<String> marked, Set<String> changed, Color markColour, Color changeColour) {
			super(adapters);
			this.marked = marked;
			this.changed = changed;
			this.markColour = markColour;
			this.changeColour = changeColour;
		}

		@Override
		public Color getForeground(Object element) {
			if (!(element instanceof EObject object) || object.eResource() == null) {
				return null;
			}
			String id = object.eResource().getURIFragment(object);
			return marked.contains(id) ? markColour : changed.contains(id) ? changeColour : null;
		}

		@Override
		public Color getBackground(Object element) {
			return null;
		}
	}
}
