package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.PlannedAction;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editor's Actions page used as a planner would: add an action, fill it in, see it late, filter, sort, undo. */
class ActionsPageTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("retail-bank");

	private static Button button(Control root, String text) {
		List<Button> found = Widgets.visible(root, Button.class, b -> text.equals(b.getText()));
		assertEquals(1, found.size(), "one button '" + text + "'");
		return found.get(0);
	}

	private static List<String> column(Table table, int column) {
		return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList();
	}

	@Test
	void addFillInFilterSortAndUndoActions() throws Exception {
		GapModelEditor editor = example.open();
		ActionsPage actions = editor.page(ActionsPage.class);
		int before = editor.getModel().getPlannedActions().size();
		long overdueBefore = editor.getModel().getPlannedActions().stream()
				.filter(a -> org.crmgap.validation.PlannedActions.overdue(a, LocalDate.now())).count();
		Control shown = Widgets.showPage(editor, "Actions");
		Widgets.assertPageShown(editor, "Actions");
		Table table = Widgets.visible(shown, Table.class).get(0);
		// the example's actions with what the first analysis says of them (the values of fixtures/example-waves.R)
		String scoring = "Automated scoring for standard loans";
		Ui.waitFor("the outcomes of the first analysis", 60_000, () -> {
			int row = column(table, 0).indexOf(scoring);
			return row >= 0 && !table.getItem(row).getText(1).isEmpty();
		});
		assertEquals("closed: 0.596 (2025) \u2192 0.846 (2026), two-proportion z p = 0.0045",
				table.getItem(column(table, 0).indexOf(scoring)).getText(1));
		Screenshots.take(editor.getSite().getShell(), "editor-actions-page");

		button(shown, "New action").notifyListeners(SWT.Selection, null);
		ExampleProject.flush();
		PlannedAction added = editor.getModel().getPlannedActions().get(before);
		assertEquals(before + 1, table.getItemCount());
		assertEquals("Model", Widgets.selectedPage(editor), "the new action is shown in the tree, to be filled in");
		assertEquals(List.of(added), editor.modelPage().viewer().getStructuredSelection().toList());

		// filled in through the command stack as the Properties view does; due yesterday and not done: overdue
		EditingDomain domain = editor.getEditingDomain();
		Gap gap = editor.getModel().getGaps().get(0);
		domain.getCommandStack().execute(SetCommand.create(domain, added, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Retrain branch staff"));
		domain.getCommandStack().execute(SetCommand.create(domain, added, CrmGapPackage.Literals.PLANNED_ACTION__GAP, gap));
		domain.getCommandStack().execute(SetCommand.create(domain, added, CrmGapPackage.Literals.PLANNED_ACTION__DUE_DATE,
				LocalDate.now().minusDays(1)));
		shown = Widgets.showPage(editor, "Actions");
		int row = actions.shown().indexOf(added);
		assertEquals("Retrain branch staff", table.getItem(row).getText(0));
		assertEquals(gap.getName(), table.getItem(row).getText(4));
		assertEquals(LocalDate.now().minusDays(1).toString(), table.getItem(row).getText(3));
		assertEquals("planned, overdue", table.getItem(row).getText(2));
		assertTrue(actions.status().endsWith((overdueBefore + 1) + " overdue"), actions.status());

		// due today is not late yet (the validator's rule, one home)
		domain.getCommandStack().execute(SetCommand.create(domain, added, CrmGapPackage.Literals.PLANNED_ACTION__DUE_DATE, LocalDate.now()));
		assertEquals("planned", table.getItem(actions.shown().indexOf(added)).getText(2));

		button(shown, "New action").notifyListeners(SWT.Selection, null);
		ExampleProject.flush(); // the tree shows the new action; then back to the table
		shown = Widgets.showPage(editor, "Actions");
		assertEquals("New action", editor.getModel().getPlannedActions().get(before + 1).getName());
		Text filter = Widgets.visible(shown, Text.class).get(0);
		filter.setText("branch STAFF");
		assertEquals(List.of(added), actions.shown(), "the filter ignores case");
		filter.setText("");
		assertEquals(before + 2, table.getItemCount());

		table.getColumn(0).notifyListeners(SWT.Selection, null);
		List<String> names = column(table, 0);
		assertEquals(names.stream().sorted().toList(), names, "sorted by the clicked column");
		assertTrue(names.indexOf("New action") < names.indexOf("Retrain branch staff"), names.toString());

		CommandStack stack = domain.getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		Ui.waitFor("the rows follow the undo", 5_000, () -> table.getItemCount() == before);
		assertEquals(before, editor.getModel().getPlannedActions().size());
	}
}
