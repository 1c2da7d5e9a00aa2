package org.crmgap.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real keyboard and mouse input, posted to the window system ({@link Display#post}, XTest under Xvfb): it reaches the
 * focused widget as a user's would, through the workbench's key bindings and the menu bar's mnemonics.
 */
public final class Input {

	private Input() {
	}

	/** Presses and releases a key: {@code key} a character ('p', ' ', SWT.ESC, '\r') or a key code (SWT.ARROW_RIGHT), modifiers held. */
	public static void press(Display display, int key, int... modifiers) {
		for (int modifier : modifiers) {
			post(display, SWT.KeyDown, modifier);
		}
		post(display, SWT.KeyDown, key);
		post(display, SWT.KeyUp, key);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(display, SWT.KeyUp, modifiers[i]);
		}
		Ui.flush();
	}

	private static void post(Display display, int type, int key) {
		Event event = new Event();
		event.type = type;
		// Enter, Escape, Backspace, Tab as key codes: posted as characters they reached the page as "Unidentified" keys
		if ((key & SWT.KEYCODE_BIT) != 0 || (key & SWT.MODIFIER_MASK) != 0 || key < ' ' || key == SWT.DEL) {
			event.keyCode = key;
		} else {
			event.character = (char) key;
		}
		if (!display.post(event)) {
			throw new AssertionError("the window system took no key event " + key);
		}
	}

	/** Moves the mouse pointer to the point {@code x, y} of {@code control}. */
	public static void moveTo(Control control, int x, int y) {
		Point on = control.toDisplay(x, y);
		Event event = new Event();
		event.type = SWT.MouseMove;
		event.x = on.x;
		event.y = on.y;
		if (!control.getDisplay().post(event)) {
			throw new AssertionError("the window system took no mouse move");
		}
		Ui.flush();
	}
}
