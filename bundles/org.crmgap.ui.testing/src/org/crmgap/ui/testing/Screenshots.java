package org.crmgap.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * What the screen shows: a shell saved as a PNG under target/screenshots for review, and the pixels inside a
 * control's visible area for tests that check what was drawn.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Saves what the shell shows as target/screenshots/{@code name}.png. */
	public static Path take(Shell shell, String name) throws IOException {
		awaitPaint(shell);
		ImageData data = grab(shell.getDisplay(), shell.getBounds());
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
		Files.createDirectories(file.getParent());
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/**
	 * Has the control and its children drawn anew and waits for that paint, so that what the screen shows is the
	 * widgets' current state (a page just selected is drawn in the next frame, after the pending events ran).
	 */
	public static void awaitPaint(Control control) {
		Ui.flush();
		boolean[] painted = { false };
		Listener paint = e -> painted[0] = true;
		control.addListener(SWT.Paint, paint);
		try {
			Rectangle size = control.getBounds();
			control.redraw(0, 0, size.width, size.height, true);
			Ui.waitFor("a paint of " + control, 10_000, () -> painted[0]);
		} finally {
			if (!control.isDisposed()) {
				control.removeListener(SWT.Paint, paint);
			}
		}
		Ui.flush();
	}

	/**
	 * Waits until the page in the browser has drawn its current content (two animation frames: the browser engine
	 * draws apart from the widget) and the widget has shown it.
	 */
	public static void awaitPaint(Browser browser) {
		browser.execute("window.crmgapTestDrawn = false; requestAnimationFrame(() => requestAnimationFrame(() => window.crmgapTestDrawn = true));");
		Ui.waitFor("the page in the browser to draw", 10_000, () -> Boolean.TRUE.equals(browser.evaluate("return window.crmgapTestDrawn === true;")));
		awaitPaint((Control) browser);
	}

	/** The pixels the screen shows inside the control's visible area ({@link Widgets#onScreen}); null when none is. */
	public static ImageData grab(Control control) {
		Rectangle area = Widgets.onScreen(control);
		return area.isEmpty() ? null : grab(control.getDisplay(), area);
	}

	private static ImageData grab(Display display, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** How many pixels of the image satisfy {@code test} (0 for no image). */
	public static int count(ImageData image, Predicate<RGB> test) {
		if (image == null) {
			return 0;
		}
		int n = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				if (test.test(image.palette.getRGB(image.getPixel(x, y)))) {
					n++;
				}
			}
		}
		return n;
	}

	/**
	 * A coloured pixel, as opposed to white, black and the greys of backgrounds, text, axes and grid lines:
	 * its strongest and weakest channel differ by more than 60.
	 */
	public static boolean coloured(RGB rgb) {
		return Math.max(rgb.red, Math.max(rgb.green, rgb.blue)) - Math.min(rgb.red, Math.min(rgb.green, rgb.blue)) > 60;
	}
}
