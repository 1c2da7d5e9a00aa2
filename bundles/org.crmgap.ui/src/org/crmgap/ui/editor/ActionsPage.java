package org.crmgap.ui.editor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.crmgap.indicators.ActionOutcome;
import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.util.SiblingNames;
import org.crmgap.ui.tables.FilteredTable;
import org.crmgap.validation.PlannedActions;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The model's action plan as a table: each planned action with its gap, catalogue action, owner, dates, status
 * (overdue said), target, and whether it worked according to the latest analysis; filter and sortable columns. A
 * row selects its action in the model tree, where it is edited; "New action" adds one (undoable).
 */
final class ActionsPage implements EditorPage, AnalysisListener {

	private final GapModel model;
	private final EditingDomain domain;
	private final Consumer<EObject> selectElement;
	private final CommandStackListener edits = e -> refresh();
	private List<ActionOutcome> outcomes = List.of();
	private Composite page;
	private TableViewer table;
	private Label status;

	ActionsPage(GapModel model, EditingDomain domain, Consumer<EObject> selectElement) {
		this.model = model;
		this.domain = domain;
		this.selectElement = selectElement;
	}

	@Override
	public String title() {
		return "Actions";
	}

	@Override
	public Control create(Composite parent) {
		page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		FilteredTable<PlannedAction> filtered = new FilteredTable<>(PlannedAction.class, a -> ActionColumns.text(a, outcome(a)));
		Text search = filtered.searchField(page, "Filter actions");
		status = new Label(page, SWT.NONE);
		Button add = new Button(page, SWT.PUSH);
		add.setText("New action");
		add.setToolTipText("Adds a planned action to the model and selects it in the tree, to fill in its gap, dates and target (undoable)");
		add.addListener(SWT.Selection, e -> addAction());
		table = filtered.table(page, 3, search);
		ActionColumns.add(table, this::outcome);
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof PlannedAction action) {
				selectElement.accept(action);
			}
		});
		domain.getCommandStack().addCommandStackListener(edits);
		refresh();
		return page;
	}

	/** What the latest analysis says of the action (matched by its xmi:id: the analysis runs on a copy), or null. */
	private ActionOutcome outcome(PlannedAction action) {
		return outcomes.stream().filter(o -> o.isOf(action)).findFirst().orElse(null);
	}

	private void refresh() {
		if (page == null || page.isDisposed()) {
			return;
		}
		table.setInput(model.getPlannedActions().toArray());
		long open = model.getPlannedActions().stream().filter(PlannedActions::open).count();
		long overdue = model.getPlannedActions().stream().filter(a -> PlannedActions.overdue(a, LocalDate.now())).count();
		int all = model.getPlannedActions().size();
		String text = all + (all == 1 ? " action, " : " actions, ") + open + " open" + (overdue > 0 ? ", " + overdue + " overdue" : "");
		status.setText(text);
		page.layout();
	}

	/** Adds a planned action with a free name as one undoable command and shows it in the tree. */
	void addAction() {
		PlannedAction action = CrmGapFactory.eINSTANCE.createPlannedAction();
		action.setName(SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__PLANNED_ACTIONS, action.eClass(), "New action"));
		action.setStatus(ActionStatus.PLANNED);
		domain.getCommandStack().execute(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__PLANNED_ACTIONS, action));
		// after the tree's own refresh, which the item providers queue on the display
		page.getDisplay().asyncExec(() -> {
			if (action.eContainer() == model) {
				selectElement.accept(action);
			}
		});
	}

	@Override
	public void analysisStarted() {
		// the outcomes shown stay until the new ones arrive
	}

	@Override
	public void analysed(GapModel analysed, ModelAnalysisResult result) {
		outcomes = result.actions();
		refresh();
	}

	@Override
	public void analysisFailed(Path modelFile, Exception problem) {
		outcomes = List.of();
		refresh();
	}

	@Override
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(edits);
	}

	TableViewer table() {
		return table;
	}

	String status() {
		return status.getText();
	}

	/** The actions in the table's order, as shown (filtered and sorted). */
	List<PlannedAction> shown() {
		return Arrays.stream(table.getTable().getItems()).map(i -> (PlannedAction) i.getData()).toList();
	}
}
