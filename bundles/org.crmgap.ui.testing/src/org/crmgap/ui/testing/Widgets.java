package org.crmgap.ui.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IPageChangeProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;

/**
 * What the user sees, read from the widgets rather than from the classes behind them: the visible controls of a
 * kind, the page tabs of a multi-page editor, whether an item lies inside its control's visible area.
 */
public final class Widgets {

	private Widgets() {
	}

	/** Every visible control of this type under {@code root} (root included), in tree order. */
	public static <T extends Control> List<T> visible(Control root, Class<T> type) {
		return visible(root, type, t -> true);
	}

	/** Every visible control of this type under {@code root} (root included) that satisfies {@code filter}. */
	public static <T extends Control> List<T> visible(Control root, Class<T> type, Predicate<T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> filter, List<T> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/** The tab folder of a multi-page editor's pages (the tabs along its bottom edge). */
	public static CTabFolder pageTabs(IEditorPart editor) {
		if (!(editor instanceof IPageChangeProvider pages) || !(pages.getSelectedPage() instanceof Control page)) {
			throw new AssertionError(editor.getTitle() + " shows no page tabs");
		}
		for (Control c = page; c != null; c = c.getParent()) {
			if (c instanceof CTabFolder folder && Arrays.stream(folder.getItems()).anyMatch(i -> i.getControl() == page)) {
				return folder;
			}
		}
		throw new AssertionError("no tab folder holds the page shown by " + editor.getTitle());
	}

	/** The text of the editor's selected page tab. */
	public static String selectedPage(IEditorPart editor) {
		CTabItem item = pageTabs(editor).getSelection();
		return item == null ? null : item.getText();
	}

	/** The page tab labelled {@code text}. */
	public static CTabItem pageTab(IEditorPart editor, String text) {
		CTabFolder folder = pageTabs(editor);
		return Arrays.stream(folder.getItems()).filter(i -> i.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no page '" + text + "' in " + tabTexts(folder)));
	}

	/** Selects the page tab labelled {@code text} as a click on it does, runs the events, returns its control. */
	public static Control showPage(IEditorPart editor, String text) {
		CTabItem item = pageTab(editor, text);
		CTabFolder folder = item.getParent();
		folder.setSelection(item);
		Event selected = new Event();
		selected.item = item;
		folder.notifyListeners(SWT.Selection, selected); // what CTabFolder sends for a mouse click on the tab
		Ui.flush();
		return item.getControl();
	}

	/**
	 * Fails unless the editor's selected page tab is {@code text} and that page's control is the one showing;
	 * returns that control.
	 */
	public static Control assertPageShown(IEditorPart editor, String text) {
		CTabFolder folder = pageTabs(editor);
		CTabItem selected = folder.getSelection();
		if (selected == null || !selected.getText().equals(text)) {
			throw new AssertionError("the editor shows page '" + (selected == null ? null : selected.getText()) + "', not '" + text
					+ "' (tabs " + tabTexts(folder) + ")");
		}
		Control page = selected.getControl();
		if (page == null || !page.isVisible()) {
			throw new AssertionError("the page '" + text + "' is selected but its content is not visible");
		}
		for (CTabItem other : folder.getItems()) {
			if (other != selected && other.getControl() != null && other.getControl().isVisible()) {
				throw new AssertionError("the page '" + other.getText() + "' is visible too");
			}
		}
		return page;
	}

	/** Scrolls every scrolled composite around the control so that it shows, as the user would with the scroll bars. */
	public static void scrollIntoView(Control control) {
		for (Composite c = control.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroll) {
				scroll.showControl(control);
			}
		}
		Ui.flush();
	}

	/**
	 * Expands a tree item as a click on its arrow does: the Expand event first (JFace viewers create the children
	 * then, in place of a placeholder item), then the item opens.
	 */
	public static void expand(TreeItem item) {
		if (!item.getExpanded()) {
			Event expand = new Event();
			expand.item = item;
			item.getParent().notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
		}
	}

	/** Whether the area of an item (tree or table row, in its control's coordinates) lies in the control's visible area. */
	public static boolean inView(Scrollable control, Rectangle itemBounds) {
		return control.isVisible() && itemBounds.width > 0 && itemBounds.height > 0
				&& control.getClientArea().intersects(itemBounds);
	}

	/** The control's bounds on the display, clipped by every ancestor's visible area and by the display. */
	public static Rectangle onScreen(Control control) {
		Rectangle area = control.getDisplay().map(control.getParent(), null, control.getBounds());
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			Rectangle client = control.getDisplay().map(parent, null, parent.getClientArea());
			area = area.intersection(client);
		}
		return area.intersection(control.getDisplay().getBounds());
	}

	private static List<String> tabTexts(CTabFolder folder) {
		return Arrays.stream(folder.getItems()).map(Item::getText).toList();
	}
}
