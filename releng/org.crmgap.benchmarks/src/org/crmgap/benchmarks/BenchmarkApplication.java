package org.crmgap.benchmarks;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code -application org.crmgap.benchmarks.app COMMAND …}: the developer benchmarks. This bundle is in no feature, so
 * the product does not carry it; {@code ./crmgap} starts the product with it added.
 */
public final class BenchmarkApplication implements IApplication {

	@Command(name = "crmgap", mixinStandardHelpOptions = true, description = "Benchmarks of CRM Gap Studio (developer tools).",
			subcommands = { ModelBenchmark.class, SurveyBenchmark.class, DiagramBenchmark.class })
	static final class Benchmarks {
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		System.setProperty("java.awt.headless", "true");
		PrintWriter err = new PrintWriter(System.err, true);
		CommandLine commandLine = new CommandLine(new Benchmarks());
		commandLine.setOut(new PrintWriter(System.out, true));
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			err.println("error: " + e);
			return 2;
		});
		return commandLine.execute(args);
	}

	@Override
	public void stop() {
		// benchmarks run to their end
	}
}
