package org.crmgap.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Above a diagram page: which of the kind's named diagrams it shows, and New, Rename, Delete. Each is a command on the
 * editor's stack, so undo and redo work; after an undo or a delete that takes the shown diagram away, the kind's first
 * diagram is shown.
 */
final class DiagramChoice {

	private final DiagramDocument document;
	private final DiagramKind kind;
	private final Consumer<Diagram> show;
	private final Combo combo;
	private final Button rename;
	private final Button delete;
	private final CommandStackListener edits;
	private List<Diagram> diagrams = List.of();
	private Diagram shown;

	/**
	 * {@code first}: the diagram to show first (null: the kind's first); {@code show} opens a diagram on the page (the
	 * one chosen, created, or left after a delete).
	 */
	DiagramChoice(Composite parent, DiagramDocument document, DiagramKind kind, Diagram first, Consumer<Diagram> show) {
		this.document = document;
		this.kind = kind;
		this.show = show;
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(5, false);
		layout.marginHeight = 2;
		row.setLayout(layout);
		new Label(row, SWT.NONE).setText("Diagram:");
		combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText("The " + kind.label() + " diagrams of this model (kept in its notation file)");
		GridData wide = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		wide.widthHint = 260;
		combo.setLayoutData(wide);
		combo.addListener(SWT.Selection, e -> choose(diagrams.get(combo.getSelectionIndex())));
		button(row, "New…", "A new " + kind.label() + " diagram: everything, one segment, one unit, one gap, or empty", this::create);
		rename = button(row, "Rename…", "Rename the diagram shown", this::rename);
		delete = button(row, "Delete", "Delete the diagram shown (its elements stay in the model and on the other diagrams)", this::delete);
		shown = first != null && DiagramCommands.list(document, kind).contains(first) ? first : document.diagram(kind);
		edits = e -> row.getDisplay().asyncExec(this::refresh);
		document.domain().getCommandStack().addCommandStackListener(edits);
		row.addListener(SWT.Dispose, e -> document.domain().getCommandStack().removeCommandStackListener(edits));
		refresh();
	}

	private static Button button(Composite row, String text, String tip, Runnable action) {
		Button button = new Button(row, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** The kind's diagrams as they are now (an undo may have added, renamed or removed one), the shown one kept. */
	void refresh() {
		if (combo.isDisposed()) {
			return;
		}
		diagrams = DiagramCommands.list(document, kind);
		combo.setItems(diagrams.stream().map(d -> d.getName() == null ? "(unnamed)" : d.getName()).toArray(String[]::new));
		if (!diagrams.contains(shown)) {
			choose(document.diagram(kind));
			return;
		}
		combo.select(diagrams.indexOf(shown));
		delete.setEnabled(diagrams.size() > 1);
		rename.setEnabled(shown != null);
	}

	/** Shows this diagram of the kind, as if chosen in the list. */
	void show(Diagram diagram) {
		if (diagrams.contains(diagram)) {
			choose(diagram);
		}
	}

	private void choose(Diagram diagram) {
		if (diagram != shown) {
			shown = diagram;
			show.accept(diagram);
		}
		refresh();
	}

	private void create() {
		NewDiagramDialog dialog = new NewDiagramDialog(combo.getShell(), document, kind);
		if (dialog.open() != Window.OK) {
			return;
		}
		Command create = DiagramCommands.create(document, kind, dialog.name(), dialog.scope());
		document.execute(create);
		choose(DiagramCommands.created(create));
	}

	private void rename() {
		InputDialog dialog = new InputDialog(combo.getShell(), "Rename diagram", "New name of the " + kind.label() + " diagram:",
				shown.getName(), name -> DiagramCommands.nameProblem(document, kind, name, shown));
		if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(shown.getName())) {
			document.execute(DiagramCommands.rename(document, shown, dialog.getValue()));
			refresh();
		}
	}

	private void delete() {
		if (MessageDialog.openConfirm(combo.getShell(), "Delete diagram", "Delete the diagram \"" + shown.getName()
				+ "\"? Its elements stay in the model and on the other diagrams; Undo brings it back.")) {
			document.execute(DiagramCommands.delete(document, shown));
			refresh();
		}
	}

	Diagram shown() {
		return shown;
	}

	Combo combo() {
		return combo;
	}
}
