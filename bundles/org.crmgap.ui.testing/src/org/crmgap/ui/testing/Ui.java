package org.crmgap.ui.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Running the UI thread's events from a test: everything pending, or until a condition holds. */
public final class Ui {

	private static final Runnable WAKE = () -> {
		// only wakes the UI thread
	};

	private Ui() {
	}

	/** Runs the pending UI events (async refreshes, dirty-state updates, layouts). */
	public static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// nothing else to do
		}
	}

	/** Runs UI events until {@code condition} holds; fails after {@code millis} saying what it waited for. */
	public static void waitFor(String what, long millis, BooleanSupplier condition) {
		waitFor(what, millis, condition, () -> "");
	}

	/**
	 * Runs UI events until {@code condition} holds; fails after {@code millis} saying what it waited for and what
	 * {@code seen} reports at that moment.
	 */
	public static void waitFor(String what, long millis, BooleanSupplier condition, Supplier<String> seen) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				String state = seen.get();
				throw new AssertionError("timed out after " + millis + " ms waiting for " + what
						+ (state == null || state.isEmpty() ? "" : "; seen: " + state));
			}
			if (!display.readAndDispatch()) {
				// wakes on the next event, or after 20 ms to look at conditions that other threads change
				display.timerExec(20, WAKE);
				display.sleep();
			}
		}
	}
}
