package org.crmgap.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The Overview's list of the model's diagrams, per kind, each a link that opens it; follows new, renamed and deleted
 * diagrams (and their undo) on the editor's command stack.
 */
final class DiagramsSection {

	private final FormToolkit toolkit;
	private final Composite client;
	private final EditorDiagrams diagrams;
	private final Consumer<Diagram> open;
	private String shown;

	/** {@code client}: a two-column composite of the Overview; {@code open} shows a diagram on its kind's page. */
	DiagramsSection(FormToolkit toolkit, Composite client, EditorDiagrams diagrams, CommandStack stack, Consumer<Diagram> open) {
		this.toolkit = toolkit;
		this.client = client;
		this.diagrams = diagrams;
		this.open = open;
		CommandStackListener edits = e -> client.getDisplay().asyncExec(this::refresh);
		stack.addCommandStackListener(edits);
		client.addListener(SWT.Dispose, e -> stack.removeCommandStackListener(edits));
		// after the editor's first paint: it reads the notation file
		client.getDisplay().asyncExec(this::refresh);
	}

	void refresh() {
		if (client.isDisposed()) {
			return;
		}
		// most edits (a move, a rename in the tree) leave the list as it is: rebuilt only when it changes
		String now = signature();
		if (now.equals(shown)) {
			return;
		}
		shown = now;
		for (Control child : client.getChildren()) {
			child.dispose();
		}
		try {
			DiagramDocument document = diagrams.document();
			for (DiagramKind kind : DiagramKind.values()) {
				if (!kind.isTemplate()) {
					toolkit.createLabel(client, kind.label());
					links(kind, DiagramCommands.list(document, kind));
				}
			}
		} catch (ModelFileException e) {
			toolkit.createLabel(client, "The diagrams cannot be listed: " + e.getMessage(), SWT.WRAP)
					.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		}
		client.getParent().layout(true, true);
		client.getParent().getParent().layout(true, true);
	}

	/** The diagrams' ids, names and sizes as the links show them (the notation cannot be read: its problem). */
	private String signature() {
		try {
			StringBuilder all = new StringBuilder();
			diagrams.document().diagrams().getDiagrams()
					.forEach(d -> all.append(d.getKind()).append('/').append(d.getId()).append('/').append(d.getName()).append('/')
							.append(d.getShapes().size()).append('\n'));
			return all.toString();
		} catch (ModelFileException e) {
			return e.getMessage();
		}
	}

	private void links(DiagramKind kind, List<Diagram> of) {
		Composite row = toolkit.createComposite(client);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginTop = layout.marginBottom = 0;
		layout.spacing = 12;
		row.setLayout(layout);
		if (of.isEmpty()) {
			toolkit.createLabel(row, "none yet (its page starts with everything)");
		}
		for (Diagram diagram : of) {
			Hyperlink link = toolkit.createHyperlink(row, diagram.getName() == null ? "(unnamed)" : diagram.getName(), SWT.NONE);
			link.setToolTipText("Open the " + kind.label() + " diagram \"" + diagram.getName() + "\" (" + diagram.getShapes().size()
					+ " elements)");
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					open.accept(diagram);
				}
			});
		}
	}

	/** The links' texts, kind by kind ("DIE overview: DIE overview, Private partners"), for tests and screen readers. */
	List<String> summary() {
		List<String> rows = new java.util.ArrayList<>();
		Control[] cells = client.getChildren();
		for (int i = 0; i + 1 < cells.length; i += 2) {
			if (cells[i] instanceof org.eclipse.swt.widgets.Label kind && cells[i + 1] instanceof Composite row) {
				rows.add(kind.getText() + ": " + String.join(", ", java.util.Arrays.stream(row.getChildren()).map(c -> c instanceof Hyperlink h
						? h.getText() : ((org.eclipse.swt.widgets.Label) c).getText()).toList()));
			}
		}
		return rows;
	}
}
