package org.crmgap.rcp;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The standard File, Edit, Window and Help menus, with their key bindings, for the whole product. */
class GapActionBarAdvisor extends ActionBarAdvisor {

	GapActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.NEW_WIZARD_DROP_DOWN, ActionFactory.SAVE,
				ActionFactory.SAVE_ALL, ActionFactory.REVERT, ActionFactory.CLOSE, ActionFactory.QUIT, ActionFactory.UNDO,
				ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE,
				ActionFactory.SELECT_ALL, ActionFactory.IMPORT, ActionFactory.EXPORT, ActionFactory.PREFERENCES,
				ActionFactory.ABOUT }) {
			register(factory.create(window));
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager bar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new Separator());
		add(file, ActionFactory.SAVE, ActionFactory.SAVE_ALL, ActionFactory.REVERT, ActionFactory.CLOSE);
		file.add(new Separator());
		add(file, ActionFactory.IMPORT, ActionFactory.EXPORT);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		add(file, ActionFactory.QUIT);
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		add(edit, ActionFactory.UNDO, ActionFactory.REDO);
		edit.add(new Separator());
		add(edit, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		add(windowMenu, ActionFactory.PREFERENCES);
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		add(help, ActionFactory.ABOUT);
		bar.add(file);
		bar.add(edit);
		bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(windowMenu);
		bar.add(help);
	}

	private void add(MenuManager menu, ActionFactory... factories) {
		for (ActionFactory factory : factories) {
			menu.add(getAction(factory.getId()));
		}
	}
}
