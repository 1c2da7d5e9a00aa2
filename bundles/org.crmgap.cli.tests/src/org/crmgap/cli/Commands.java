package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.crmgap.examples.Examples;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;

/** Runs a command of the headless application in this JVM, finds the shared R fixtures, copies the example. */
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

	/** A copy of the retail bank example in {@code dir} as bank.crmgap, with its data folder beside it. */
	static Path copyExample(Path dir) throws IOException {
		Path model = Examples.file(Examples.RETAIL_BANK);
		Path copy = dir.resolve("bank.crmgap");
		Files.copy(model, copy);
		Files.createDirectories(dir.resolve("data"));
		try (var files = Files.list(model.resolveSibling("data"))) {
			for (Path f : files.toList()) {
				Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
			}
		}
		return copy;
	}

	/**
	 * The example as it was before it had measurement waves, for tests that build waves of their own: without its
	 * planned actions and waves, with only the first wave's data sources and those of every wave (no wave any more).
	 */
	static void withoutWaves(GapModel bank) {
		bank.getPlannedActions().clear();
		MeasurementWave first = bank.getWaves().stream().min(Comparator.comparingInt(MeasurementWave::getOrder)).orElseThrow();
		bank.getDataSources().removeIf(s -> s.getWave() != null && s.getWave() != first);
		bank.getDataSources().forEach(s -> s.setWave(null));
		bank.getWaves().clear();
	}
}
