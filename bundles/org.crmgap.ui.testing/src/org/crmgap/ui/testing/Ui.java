package org.crmgap.ui.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Running the UI thread's events from a test: everything pending, or until a condition holds. */
public final class Ui {

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
				keepAwake(display);
				display.sleep();
			}
		}
	}

	/**
	 * Runs {@code step} on the UI thread every {@code millis} until it returns true. Scheduled from a background
	 * thread with asyncExec, not with timerExec: on Xvfb a timer's wake-up of a sleeping UI thread was seen lost,
	 * leaving a modal dialog waiting forever.
	 */
	public static void repeat(Display display, long millis, BooleanSupplier step) {
		Thread thread = new Thread(() -> {
			boolean[] done = new boolean[1];
			while (!done[0] && !display.isDisposed()) {
				try {
					Thread.sleep(millis);
					display.syncExec(() -> done[0] = step.getAsBoolean());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				} catch (org.eclipse.swt.SWTException e) {
					return; // the display is gone
				}
			}
		}, "crmgap-test-repeat");
		thread.setDaemon(true);
		thread.start();
	}

	private static Thread waker;

	/** A daemon thread that wakes the UI thread every 20 ms, for the same reason as in {@link #repeat}. */
	private static synchronized void keepAwake(Display display) {
		if (waker != null) {
			return;
		}
		waker = new Thread(() -> {
			while (!display.isDisposed()) {
				try {
					display.wake();
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				} catch (org.eclipse.swt.SWTException e) {
					return; // the display went between the check and the wake (the end of the run)
				}
			}
		}, "crmgap-test-waker");
		waker.setDaemon(true);
		waker.start();
	}
}
