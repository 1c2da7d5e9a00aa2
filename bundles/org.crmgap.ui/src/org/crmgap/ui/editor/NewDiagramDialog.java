package org.crmgap.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramScope;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
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
 * A new diagram of one kind: its name (not blank, unique in the kind: the document's rule, said in the dialog's
 * message) and what it starts with: everything, one segment and what serves it, one unit and its sub-units, one gap
 * and its neighbourhood, or nothing.
 */
final class NewDiagramDialog extends TitleAreaDialog {

	/** One scope choice: its radio, and the elements to pick one of (none for everything and empty). */
	private record Choice(String label, boolean needsElement, List<? extends EObject> elements, Function<EObject, DiagramScope> scope) {
	}

	private final DiagramDocument document;
	private final DiagramKind kind;
	private final List<Choice> choices = new ArrayList<>();
	private final List<Button> radios = new ArrayList<>();
	private final List<Combo> combos = new ArrayList<>();
	private Text name;
	private String chosenName;
	private DiagramScope chosenScope;

	NewDiagramDialog(Shell shell, DiagramDocument document, DiagramKind kind) {
		super(shell);
		this.document = document;
		this.kind = kind;
		GapModel model = document.model();
		List<OrganisationUnit> units = new ArrayList<>();
		model.eAllContents().forEachRemaining(e -> {
			if (e instanceof OrganisationUnit unit) {
				units.add(unit);
			}
		});
		choices.add(new Choice("Everything the kind shows", false, List.of(), e -> DiagramScope.everything()));
		choices.add(new Choice("One segment and what serves it:", true, model.getSegments(), e -> DiagramScope.segment((CustomerSegment) e)));
		choices.add(new Choice("One organisation unit and its sub-units:", true, units, e -> DiagramScope.unit((OrganisationUnit) e)));
		choices.add(new Choice("One gap and its neighbourhood:", true, model.getGaps(), e -> DiagramScope.gap((Gap) e)));
		choices.add(new Choice("Empty (show elements later)", false, List.of(), e -> DiagramScope.empty()));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("New " + kind.label() + " diagram");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("New " + kind.label() + " diagram");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText("&Name:");
		name = new Text(body, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setText(freeName());
		name.selectAll();
		name.addModifyListener(e -> check());
		Label starts = new Label(body, SWT.NONE);
		starts.setText("The diagram starts with:");
		starts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (Choice choice : choices) {
			Button radio = new Button(body, SWT.RADIO);
			radio.setText(choice.label());
			radio.setData("scope", choice.label());
			Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.setItems(choice.elements().stream().map(NewDiagramDialog::label).toArray(String[]::new));
			combo.setVisible(choice.needsElement());
			combo.setEnabled(false);
			if (combo.getItemCount() > 0) {
				combo.select(0);
			}
			radio.addListener(SWT.Selection, e -> {
				combos.forEach(c -> c.setEnabled(false));
				combo.setEnabled(radio.getSelection());
				check();
			});
			combo.addListener(SWT.Selection, e -> check());
			radios.add(radio);
			combos.add(combo);
		}
		radios.get(0).setSelection(true);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	/** The name problem or the missing choice, in the dialog's message; OK only when there is none. */
	private void check() {
		int at = selected();
		String problem = DiagramCommands.nameProblem(document, kind, name.getText(), null);
		if (problem == null && choices.get(at).needsElement() && combos.get(at).getSelectionIndex() < 0) {
			problem = "The model has nothing to choose for \"" + choices.get(at).label().replace(":", "") + "\".";
		}
		if (problem == null) {
			setMessage("Name the diagram and choose what it starts with; elements can be shown and hidden later.",
					IMessageProvider.NONE);
		} else {
			setMessage(problem, IMessageProvider.ERROR);
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	private int selected() {
		for (int i = 0; i < radios.size(); i++) {
			if (radios.get(i).getSelection()) {
				return i;
			}
		}
		return 0;
	}

	@Override
	protected void okPressed() {
		int at = selected();
		Choice choice = choices.get(at);
		chosenName = name.getText().strip();
		chosenScope = choice.scope().apply(choice.needsElement() ? choice.elements().get(combos.get(at).getSelectionIndex()) : null);
		super.okPressed();
	}

	/** "DIE overview 2", the first number no diagram of the kind is named with. */
	private String freeName() {
		for (int n = 2;; n++) {
			String candidate = kind.label() + " " + n;
			if (DiagramCommands.nameProblem(document, kind, candidate, null) == null) {
				return candidate;
			}
		}
	}

	private static String label(EObject element) {
		String name = element instanceof NamedElement named ? named.getName() : null;
		return name == null || name.isBlank() ? "(unnamed " + element.eClass().getName() + ")" : name;
	}

	String name() {
		return chosenName;
	}

	DiagramScope scope() {
		return chosenScope;
	}
}
