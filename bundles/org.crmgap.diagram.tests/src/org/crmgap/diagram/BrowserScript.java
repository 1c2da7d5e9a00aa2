package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The client's end-to-end scripts (e2e/*.js: headless Chromium through playwright-core), run by node from the client
 * bundle with the page URL, the screenshot folder and their own arguments; what they print is their report.
 */
final class BrowserScript {

	static final Path CLIENT = Path.of(System.getProperty("crmgap.client.dir", "../org.crmgap.diagram.client")).toAbsolutePath()
			.normalize();
	static final Path SCREENSHOTS = Path.of(System.getProperty("crmgap.screenshots", "target/screenshots")).resolve("chromium");

	private BrowserScript() {
	}

	/** Runs e2e/{@code script} and returns its output; fails when it does not end in 150 s or ends with an error. */
	static String run(String script, String url, String... args) throws Exception {
		Path file = CLIENT.resolve("e2e").resolve(script);
		assertTrue(Files.isRegularFile(file), "missing " + file);
		assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is needed: apt-get install chromium (./crmgap test does)");
		List<String> command = new ArrayList<>(List.of("node", file.toString(), url, SCREENSHOTS.toString()));
		command.addAll(List.of(args));
		Process node = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true).start();
		if (!node.waitFor(150, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			fail("the Chromium run of " + script + " did not finish in 150 s");
		}
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		System.out.println(output);
		assertEquals(0, node.exitValue(), output);
		return output;
	}

	/** The data of the step a script printed as "E2E <step> <json>". */
	static JsonObject step(String output, String step) {
		String line = output.lines().filter(l -> l.startsWith("E2E " + step + " ")).findFirst()
				.orElseThrow(() -> new AssertionError("no step " + step + " in " + output));
		return JsonParser.parseString(line.substring(("E2E " + step + " ").length())).getAsJsonObject();
	}
}
