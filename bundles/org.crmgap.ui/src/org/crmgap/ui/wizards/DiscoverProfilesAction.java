package org.crmgap.ui.wizards;

import java.util.List;
import java.util.function.BiConsumer;

import org.crmgap.model.DataSource;
import org.crmgap.ui.editor.GapModelEditor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.wizard.WizardDialog;

/** "Discover Profiles..." in the editor's context menus (model tree, Data page) on one customer survey. */
public final class DiscoverProfilesAction {

	private DiscoverProfilesAction() {
	}

	/** The editor's context menus' part: the action when the selection is one customer survey file. */
	public static BiConsumer<IMenuManager, List<?>> menu(GapModelEditor editor) {
		return (menu, selection) -> fill(menu, selection, editor);
	}

	private static void fill(IMenuManager menu, List<?> selection, GapModelEditor editor) {
		if (selection.size() == 1 && ProfileSurveys.isSurvey(selection.get(0))) {
			menu.add(new Action(ProfileMessages.action) {
				@Override
				public void run() {
					open(editor, (DataSource) selection.get(0));
				}
			});
		}
	}

	/** Opens the wizard on the survey. */
	public static void open(GapModelEditor editor, DataSource survey) {
		dialog(editor.getSite().getShell(), DiscoverProfilesWizard.of(editor, survey)).open();
	}

	/** The wizard's dialog, large enough for its tables. */
	static WizardDialog dialog(org.eclipse.swt.widgets.Shell shell, DiscoverProfilesWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(980, 600);
		return dialog;
	}
}
