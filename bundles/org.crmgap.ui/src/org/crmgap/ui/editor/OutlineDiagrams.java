package org.crmgap.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The Outline's "Diagrams" branch after the model: the model's diagrams by kind (the Overview's list), following new,
 * renamed, deleted diagrams and their undo; the rest of the tree comes from the model's item providers.
 */
final class OutlineDiagrams {

	/** The branch's root. */
	static final String DIAGRAMS = "Diagrams";

	private final OverviewPage.Diagrams diagrams;

	OutlineDiagrams(OverviewPage.Diagrams diagrams) {
		this.diagrams = diagrams;
	}

	/** The model's tree with the diagrams' branch after it; the viewer refreshes the branch after each edit. */
	ITreeContentProvider content(ITreeContentProvider model, TreeViewer viewer) {
		CommandStackListener edits = e -> viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(DIAGRAMS, true);
			}
		});
		diagrams.stack().addCommandStackListener(edits);
		viewer.getControl().addListener(SWT.Dispose, e -> diagrams.stack().removeCommandStackListener(edits));
		return new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return Stream.concat(Arrays.stream(model.getElements(input)), Stream.of(DIAGRAMS)).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				if (DIAGRAMS.equals(parent)) {
					return Arrays.stream(DiagramKind.values()).filter(k -> !k.isTemplate()).toArray();
				}
				return parent instanceof DiagramKind kind ? of(kind).toArray() : model.getChildren(parent);
			}

			@Override
			public Object getParent(Object element) {
				if (element instanceof DiagramKind) {
					return DIAGRAMS;
				}
				return element instanceof Diagram diagram ? DiagramKind.of(diagram.getKind()) : model.getParent(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				if (DIAGRAMS.equals(element)) {
					return true;
				}
				if (element instanceof DiagramKind kind) {
					return !of(kind).isEmpty();
				}
				return !(element instanceof Diagram) && model.hasChildren(element);
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				model.inputChanged(changed, oldInput, newInput);
			}

			@Override
			public void dispose() {
				model.dispose();
			}
		};
	}

	/** The diagrams' names, the kinds' labels with their counts, folders' and the diagram page's icons. */
	ILabelProvider labels(ILabelProvider model) {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof DiagramKind kind) {
					int count = of(kind).size();
					return kind.label() + (problem() != null ? "" : count == 0 ? " (none yet)" : " (" + count + ")");
				}
				if (DIAGRAMS.equals(element) && problem() != null) {
					return DIAGRAMS + " — cannot be listed: " + problem();
				}
				if (element instanceof Diagram diagram) {
					return (diagram.getName() == null ? "(unnamed)" : diagram.getName()) + " \u2014 " + diagram.getShapes().size() + " elements";
				}
				return DIAGRAMS.equals(element) ? DIAGRAMS : model.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				if (DIAGRAMS.equals(element) || element instanceof DiagramKind) {
					return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
				}
				return element instanceof Diagram ? images.getImage(ISharedImages.IMG_OBJ_FILE) : model.getImage(element);
			}
		};
	}

	/** Shows the diagram on its kind's page; false for anything else. */
	boolean open(Object element) {
		if (element instanceof Diagram diagram) {
			diagrams.open().accept(diagram);
			return true;
		}
		return false;
	}

	/** Why the notation file cannot be read (one line naming it), or null when it can. */
	private String problem() {
		try {
			diagrams.diagrams().document();
			return null;
		} catch (ModelFileException e) {
			return e.getMessage();
		}
	}

	/** The kind's diagrams; none when the notation file cannot be read (the branch's label says why). */
	private List<Diagram> of(DiagramKind kind) {
		try {
			return DiagramCommands.list(diagrams.diagrams().document(), kind);
		} catch (ModelFileException e) {
			return List.of();
		}
	}
}
