package org.crmgap.diagram.internal.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramServer;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * {@code -application org.crmgap.diagram.benchmark [--nodes N] [--client DIR]} (./crmgap benchmark-diagram): a
 * generated model of N nodes, the time ELK takes to lay out its new DIE overview, and the time headless Chromium
 * takes from loading the page to the first render of the whole diagram (client DIR has e2e/benchmark.js).
 */
public final class DiagramBenchmark implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		int nodes = Integer.parseInt(option(args, "--nodes", "2000"));
		Path client = Path.of(option(args, "--client", "bundles/org.crmgap.diagram.client")).toAbsolutePath();
		Path dir = Files.createTempDirectory("crmgap-diagram-benchmark");
		Path file = dir.resolve("synthetic.crmgap");
		int count = SyntheticDiagramModel.write(file, nodes);

		DiagramDocument document = DiagramDocument.open(file);
		long t0 = System.nanoTime();
		int shapes = document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().size();
		long layoutMs = (System.nanoTime() - t0) / 1_000_000;
		System.out.printf(Locale.ROOT, "nodes: %d (%d shapes)%nELK layered layout of the new DIE overview: %d ms%n", count, shapes, layoutMs);

		try (DiagramServer server = DiagramServer.start()) {
			String url = server.page(server.register(document), DiagramKind.DIE_OVERVIEW).toString();
			Process node = new ProcessBuilder("node", client.resolve("e2e/benchmark.js").toString(), url, String.valueOf(count))
					.directory(client.toFile()).redirectErrorStream(true).start();
			boolean done = node.waitFor(300, TimeUnit.SECONDS);
			String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			System.out.print(out);
			if (!done || node.exitValue() != 0) {
				System.err.println("the Chromium run failed" + (done ? "" : " (no answer in 300 s)"));
				return 1;
			}
		}
		return IApplication.EXIT_OK;
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
