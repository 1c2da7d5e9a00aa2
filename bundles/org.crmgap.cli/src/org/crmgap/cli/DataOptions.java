package org.crmgap.cli;

import org.crmgap.indicators.AnalysisOptions;

import picocli.CommandLine.Option;

/**
 * The options of every command that reads a model's data: where it may lie, and which measurement wave; a SQL source's
 * password from the environment or the console.
 */
class DataOptions {

	@Option(names = "--allow-outside-data", description = "read data sources located outside the model's folder "
			+ "(refused unless given)")
	boolean allowOutsideData;

	@Option(names = "--wave", paramLabel = "NAME", description = "the data of this measurement wave (default: the latest)")
	String wave;

	AnalysisOptions analysis() {
		return AnalysisOptions.DEFAULT.allowingOutsideData(allowOutsideData).withWave(wave).withPasswords(new ConsolePasswords());
	}
}
