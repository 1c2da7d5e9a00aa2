package org.crmgap.ui.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog as a user would: the test schedules the answer, then does what opens the dialog (which
 * blocks until the dialog closes); the answer runs on the UI thread once the dialog is visible.
 */
public final class Dialogs {

	private static final long TIMEOUT_NANOS = 30_000_000_000L;

	private Dialogs() {
	}

	/** Runs {@code answer} on the next visible dialog titled {@code title}; see {@link #answer(String, Predicate, Consumer, List)}. */
	public static void answer(String title, Consumer<Shell> answer, List<String> problems) {
		answer("'" + title + "'", shell -> title.equals(shell.getText()), answer, problems);
	}

	/**
	 * Runs {@code answer} on the next visible dialog that {@code which} accepts ({@code what} names it in problems). It
	 * answers again while that dialog stays open (a press delivered while a loaded machine still builds the dialog can
	 * be lost). After 30 s without one it closes any dialog and adds a line to {@code problems}, so that a missing
	 * dialog fails the test instead of hanging the suite; a failing answer is added to {@code problems} too (and the
	 * dialog closed).
	 */
	public static void answer(String what, Predicate<Shell> which, Consumer<Shell> answer, List<String> problems) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TIMEOUT_NANOS;
		Shell[] answered = new Shell[1];
		Ui.repeat(display, 50, () -> {
			if (answered[0] != null && answered[0].isDisposed()) {
				return true;
			}
			if (System.nanoTime() > deadline) {
				problems.add(answered[0] == null ? "no dialog " + what + " opened in 30 s" : "the dialog " + what + " stayed open");
				for (Shell shell : display.getShells()) {
					if (shell.getParent() != null) {
						shell.close();
					}
				}
				return true;
			}
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getParent() != null && which.test(shell)) {
					answered[0] = shell;
					try {
						answer.accept(shell);
					} catch (RuntimeException | AssertionError e) {
						problems.add("answering " + what + ": " + e);
						shell.close();
						return true;
					}
					return false;
				}
			}
			return false;
		});
	}

	/** Presses the visible button labelled {@code label} (mnemonics ignored) in {@code shell}; a user cannot press it disabled. */
	public static void press(Shell shell, String label) {
		Button button = button(shell, label);
		if (!button.isEnabled()) {
			throw new AssertionError("'" + label + "' is disabled in '" + shell.getText() + "'");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** The visible button labelled {@code label} (mnemonics ignored) in {@code shell}. */
	public static Button button(Shell shell, String label) {
		return find(shell, label).orElseThrow(() -> new AssertionError("no button '" + label + "' in '" + shell.getText() + "'"));
	}

	/** The visible button labelled {@code label} (mnemonics ignored) in {@code shell}, if there is one. */
	public static Optional<Button> find(Shell shell, String label) {
		return Widgets.visible(shell, Button.class, b -> label.equals(b.getText().replace("&", ""))).stream().findFirst();
	}

	/** Chooses a radio button as a click does: it alone of its group selected, its listeners told. */
	public static void choose(Shell shell, String radio) {
		Button chosen = button(shell, radio);
		for (Button other : Widgets.visible(chosen.getParent(), Button.class, b -> (b.getStyle() & SWT.RADIO) != 0)) {
			other.setSelection(other == chosen);
		}
		chosen.notifyListeners(SWT.Selection, new Event());
	}
}
