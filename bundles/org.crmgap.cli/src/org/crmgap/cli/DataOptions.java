package org.crmgap.cli;

import org.crmgap.indicators.AnalysisOptions;

import picocli.CommandLine.Option;

/** The options of every command that reads a model's data. */
class DataOptions {

	@Option(names = "--allow-outside-data", description = "read data sources located outside the model's folder "
			+ "(refused unless given)")
	boolean allowOutsideData;

	AnalysisOptions analysis() {
		return AnalysisOptions.DEFAULT.allowingOutsideData(allowOutsideData);
	}
}
