package org.crmgap.benchmarks;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramScope;
import org.crmgap.diagram.DiagramServer;
import org.crmgap.examples.SyntheticDiagramModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A generated model of N nodes: the time ELK takes to lay out its new DIE overview, and the time headless Chromium
 * takes from loading the page to the first render of the whole diagram (the client folder has e2e/benchmark.js), and
 * to switch to it in a loaded page from another diagram of the kind.
 * The smoke test of {@code ./crmgap test} runs it on 200 nodes.
 */
@Command(name = "benchmark-diagram", description = "ELK layout and Chromium render times of a generated diagram.")
final class DiagramBenchmark implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--nodes", defaultValue = "2000", description = "nodes of the generated model")
	int nodes;

	@Option(names = "--model", description = "a model to open instead of a generated one (its DIE overview as stored, or laid out anew)")
	Path model;

	@Option(names = "--client", defaultValue = "bundles/org.crmgap.diagram.client", description = "the diagram client's folder")
	Path client;

	@Option(names = "--profile", description = "instead of the timing: the page's messages (kind, size, time) and a CPU profile"
			+ " written to this file (Chrome DevTools format; e2e/profile.js)")
	Path profile;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path clientDir = client.toAbsolutePath();
		Path file = model;
		if (file == null) {
			file = Files.createTempDirectory("crmgap-diagram-benchmark").resolve("synthetic.crmgap");
			SyntheticDiagramModel.write(file, nodes);
		}

		String name = file.getFileName().toString();
		boolean stored = Files.exists(file.resolveSibling(name.substring(0, name.lastIndexOf('.') + 1) + DiagramDocument.NOTATION_EXTENSION));
		DiagramDocument document = DiagramDocument.open(file);
		long t0 = System.nanoTime();
		int count = document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().size();
		long layoutMs = (System.nanoTime() - t0) / 1_000_000;
		out.printf(Locale.ROOT, "nodes: %d%n%s: %d ms%n", count, stored ? "the stored DIE overview, loaded" : "ELK layered layout of the new DIE overview",
				layoutMs);
		out.flush();

		// a second, empty diagram of the kind: the page switches from it to the big one and back (the editor's diagram choice)
		var empty = DiagramCommands.create(document, DiagramKind.DIE_OVERVIEW, "Empty", DiagramScope.empty());
		document.execute(empty);
		String bigId = document.diagram(DiagramKind.DIE_OVERVIEW).getId();
		String emptyId = DiagramCommands.created(empty).getId();

		try (DiagramServer server = DiagramServer.start()) {
			String url = server.page(server.register(document), DiagramKind.DIE_OVERVIEW).toString();
			List<String> command = profile == null
					? List.of("node", clientDir.resolve("e2e/benchmark.js").toString(), url, String.valueOf(count), "5", bigId, emptyId)
					: List.of("node", clientDir.resolve("e2e/profile.js").toString(), url, String.valueOf(count), profile.toAbsolutePath().toString());
			Process node = new ProcessBuilder(command)
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
