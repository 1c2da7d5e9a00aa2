package org.crmgap.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import picocli.CommandLine;

/** The product's headless application: runs one {@link CrmGapCommand} and returns its exit code. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	/** Runs the command line; the exit code is 0 when clean, 1 with warnings, 2 with errors. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		// charts are drawn into SVG: no display needed, and none may be opened
		System.setProperty("java.awt.headless", "true");
		CommandLine commandLine = new CommandLine(new CrmGapCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			err.println("error: " + describe(e));
			return ExitCodes.ERRORS;
		});
		return commandLine.execute(args);
	}

	/**
	 * The exception's message; without one (an internal failure, such as a null where a value was expected),
	 * its type and where it was thrown, in one line: enough to report, no stack trace.
	 */
	public static String describe(Throwable e) {
		if (e.getMessage() != null && !e.getMessage().isBlank()) {
			return e.getMessage();
		}
		StackTraceElement[] trace = e.getStackTrace();
		return e.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
	}

	@Override
	public void stop() {
		// commands are short and not interruptible
	}
}
