package org.crmgap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code export --format png}: each SVG photographed by Debian's headless Chromium at its own size (the same browser the
 * diagram tests use). Without Chromium there is no PNG; the SVG needs nothing.
 */
final class PngRendering {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final String ABSENT = "PNG export needs Chromium (" + CHROMIUM + ", e.g. apt-get install chromium), which is not installed here;"
			+ " --format svg needs no browser";
	private static final Pattern SIZE = Pattern.compile("<svg [^>]*?width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

	private PngRendering() {
	}

	static boolean available() {
		return Files.isExecutable(CHROMIUM);
	}

	/** The PNG of an SVG document. */
	static byte[] render(String svg) throws IOException, InterruptedException {
		Matcher size = SIZE.matcher(svg);
		if (!size.find()) {
			throw new IOException("the SVG has no size");
		}
		Path dir = Files.createTempDirectory("crmgap-png");
		try {
			Path in = Files.writeString(dir.resolve("diagram.svg"), svg, StandardCharsets.UTF_8);
			Path out = dir.resolve("diagram.png");
			// no sandbox, as the tests' Playwright runs it: the page is our own SVG, without scripts
			Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
					"--user-data-dir=" + dir.resolve("profile"), "--window-size=" + (int) Math.ceil(Double.parseDouble(size.group(1))) + ","
							+ (int) Math.ceil(Double.parseDouble(size.group(2))), "--screenshot=" + out, in.toUri().toString()))
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
				chromium.destroyForcibly();
				throw new IOException("Chromium did not draw the PNG in 120 s");
			}
			if (!Files.isRegularFile(out)) {
				throw new IOException("Chromium drew no PNG (exit code " + chromium.exitValue() + ")");
			}
			return Files.readAllBytes(out);
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}
}
