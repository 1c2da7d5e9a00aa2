package org.crmgap.benchmarks;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramServer;
import org.crmgap.examples.SyntheticDiagramModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A generated model of N nodes: the time ELK takes to lay out its new DIE overview, and the time headless Chromium
 * takes from loading the page to the first render of the whole diagram (the client folder has e2e/benchmark.js).
 * The smoke test of {@code ./crmgap test} runs it on 200 nodes.
 */
@Command(name = "benchmark-diagram", description = "ELK layout and Chromium render times of a generated diagram.")
final class DiagramBenchmark implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--nodes", defaultValue = "2000", description = "nodes of the generated model")
	int nodes;

	@Option(names = "--client", defaultValue = "bundles/org.crmgap.diagram.client", description = "the diagram client's folder")
	Path client;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path clientDir = client.toAbsolutePath();
		Path dir = Files.createTempDirectory("crmgap-diagram-benchmark");
		Path file = dir.resolve("synthetic.crmgap");
		int count = SyntheticDiagramModel.write(file, nodes);

		DiagramDocument document = DiagramDocument.open(file);
		long t0 = System.nanoTime();
		int shapes = document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().size();
		long layoutMs = (System.nanoTime() - t0) / 1_000_000;
		out.printf(Locale.ROOT, "nodes: %d (%d shapes)%nELK layered layout of the new DIE overview: %d ms%n", count, shapes, layoutMs);
		out.flush();

		try (DiagramServer server = DiagramServer.start()) {
			String url = server.page(server.register(document), DiagramKind.DIE_OVERVIEW).toString();
			Process node = new ProcessBuilder("node", clientDir.resolve("e2e/benchmark.js").toString(), url, String.valueOf(count))
					.directory(clientDir.toFile()).redirectErrorStream(true).start();
			boolean done = node.waitFor(300, TimeUnit.SECONDS);
			out.print(new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			out.flush();
			if (!done || node.exitValue() != 0) {
				spec.commandLine().getErr().println("the Chromium run failed" + (done ? "" : " (no answer in 300 s)"));
				return 1;
			}
		}
		return 0;
	}
}
