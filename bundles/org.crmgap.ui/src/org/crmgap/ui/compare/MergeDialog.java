package org.crmgap.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.ui.tables.Columns;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Merge Gap Models: which file is the base, ours and theirs (at first in the order of the view), the conflicts with the
 * side kept for each (ours, as the CLI keeps; theirs where the user takes it), and the new file the result goes to.
 * Save validates first and writes nothing when the result does not validate; Cancel writes nothing.
 */
final class MergeDialog extends TitleAreaDialog {

	static final String TITLE = "Merge Gap Models";
	private static final String[] ROLES = { "Base:", "Ours:", "Theirs:" };

	private final List<IFile> files;
	private final Combo[] roles = new Combo[3];
	private ModelMerging merging;
	private TableViewer conflicts;
	private Text output;

	MergeDialog(Shell shell, List<IFile> files) {
		super(shell);
		this.files = files;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 920), Math.max(size.y, 560)); // the table's columns readable at once
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TITLE);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		for (int i = 0; i < 3; i++) {
			new Label(body, SWT.NONE).setText(ROLES[i]);
			Combo role = new Combo(body, SWT.READ_ONLY);
			files.forEach(f -> role.add(f.getFullPath().toString()));
			role.select(i);
			role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			role.addListener(SWT.Selection, e -> merge());
			roles[i] = role;
		}
		conflicts = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		conflicts.getTable().setHeaderVisible(true);
		conflicts.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		((GridData) conflicts.getTable().getLayoutData()).heightHint = 180;
		conflicts.setContentProvider(ArrayContentProvider.getInstance());
		Columns<MergeConflict> columns = Columns.of(conflicts, MergeConflict.class);
		columns.add("Element", 270, MergeConflict::element);
		columns.add("Feature", 100, c -> c.feature() == null ? "" : c.feature());
		columns.add("Conflict", 170, c -> c.kind().label());
		columns.add("Ours", 130, c -> value(c.ours()));
		columns.add("Theirs", 130, c -> value(c.theirs()));
		columns.add("Kept", 60, c -> merging.takesTheirs(c) ? "theirs" : "ours");
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
		side(buttons, "Keep Ours", false);
		side(buttons, "Take Theirs", true);
		new Label(body, SWT.NONE).setText("Save as:");
		output = new Text(body, SWT.BORDER);
		output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		merge();
		return area;
	}

	private void side(Composite parent, String label, boolean theirs) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, e -> {
			if (merging != null && conflicts.getStructuredSelection().getFirstElement() instanceof MergeConflict conflict) {
				String why = merging.choose(conflict, theirs);
				if (why != null) {
					setErrorMessage("Only ours can be kept for " + conflict.element() + ": " + why + ".");
					return;
				}
				setErrorMessage(null);
				show();
				merging.conflicts().stream().filter(c -> c.key().equals(conflict.key())).findFirst()
						.ifPresent(c -> conflicts.setSelection(new StructuredSelection(c), true));
			}
		});
	}

	private static String value(String value) {
		return value == null ? "(unset)" : value.replace('\n', ' ');
	}

	/** Merges the files in the chosen roles anew (the choices made start over) and shows the conflicts. */
	private void merge() {
		merging = null;
		conflicts.setInput(List.of());
		int[] chosen = { roles[0].getSelectionIndex(), roles[1].getSelectionIndex(), roles[2].getSelectionIndex() };
		if (chosen[0] == chosen[1] || chosen[1] == chosen[2] || chosen[0] == chosen[2]) {
			fail("Choose a different file for each of base, ours and theirs.");
			return;
		}
		IFile ours = files.get(chosen[1]);
		output.setText(ours.getName().replaceFirst("\\.crmgap$", "") + ".merged.crmgap");
		try {
			merging = ModelMerging.of(files.get(chosen[0]), ours, files.get(chosen[2]));
		} catch (ModelFileException e) {
			fail("Cannot merge: " + CompareHandler.problem(files, e));
			return;
		} catch (IllegalArgumentException e) {
			fail("Cannot merge: these are not versions of one model: " + e.getMessage());
			return;
		}
		setErrorMessage(null);
		show();
		enableSave(true);
	}

	/** The conflicts of the merge as chosen so far. */
	private void show() {
		conflicts.setInput(merging.conflicts());
		int count = merging.conflicts().size();
		long theirs = merging.conflicts().stream().filter(merging::takesTheirs).count();
		List<MergeConflict> layout = merging.layoutConflicts();
		String diagrams = layout == null ? "" : " The diagrams' layout is merged too" + (layout.isEmpty() ? "."
				: " (" + layout.size() + (layout.size() == 1 ? " conflict" : " conflicts") + ", ours kept).");
		setMessage((count == 0 ? "No conflicts: the changes of both sides are merged."
				: count + (count == 1 ? " conflict" : " conflicts") + (theirs == 0 ? ": ours is kept for each" : ", theirs taken for " + theirs)
						+ "; select one and Take Theirs where theirs should win.") + diagrams);
	}

	private void fail(String message) {
		setErrorMessage(message);
		enableSave(false);
	}

	private void enableSave(boolean enabled) {
		Button save = getButton(IDialogConstants.OK_ID);
		if (save != null) {
			save.setEnabled(enabled);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Save", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		enableSave(merging != null);
	}

	@Override
	protected void okPressed() {
		IFile target = files.get(roles[1].getSelectionIndex()).getParent().getFile(new Path(output.getText().trim()));
		if (!target.getName().endsWith(".crmgap") || target.getName().equals(".crmgap")) {
			setErrorMessage("The merged model needs a file name ending in .crmgap.");
			return;
		}
		for (java.nio.file.Path file : merging.outputs(target.getLocation().toPath())) {
			if (Files.exists(file)) {
				setErrorMessage(target.getParent().getFullPath().append(file.getFileName().toString())
						+ " exists already: choose a new file (the merge never writes over a file).");
				return;
			}
		}
		try {
			List<MergeConflict> errors = merging.save(target.getLocation().toPath());
			if (!errors.isEmpty()) {
				setErrorMessage("Not saved: the merged model does not validate: " + errors.get(0).element() + ": " + errors.get(0).resolution()
						+ (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
				return;
			}
			target.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (IOException | CoreException e) {
			setErrorMessage("Not saved: " + target.getFullPath() + ": " + e.getMessage());
			return;
		}
		super.okPressed();
	}
}
