package org.crmgap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs a command of the headless application in this JVM, and finds the shared R fixtures. */
final class Commands {

	/**
	 * The R-checked fixtures (their README tells what each is): one copy, kept beside the indicator tests that use
	 * most of them, reached from here by its path in the source tree (tests run in their bundle's folder).
	 */
	static final Path FIXTURES = Path.of("../org.crmgap.indicators.tests/fixtures").toAbsolutePath().normalize();

	private Commands() {
	}

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = HeadlessApplication.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}
}
