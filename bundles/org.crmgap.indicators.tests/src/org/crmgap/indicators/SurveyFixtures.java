package org.crmgap.indicators;

import java.nio.file.Path;
import java.util.List;
import java.sql.SQLException;

import org.crmgap.data.DataException;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.DataTable;
import org.crmgap.data.WideCsvLoader;

/** The committed fixtures (fixtures/README.md) and ways to analyse them. */
final class SurveyFixtures {

	static final Path DIR = Path.of("fixtures").toAbsolutePath();

	private SurveyFixtures() {
	}

	static ServqualResult analyse(Path survey, Path managers) throws SQLException, DataException {
		return analyse(survey, managers, ServiceDimension.SERVQUAL);
	}

	/** Analyses with an instrument of the given dimensions (plain wide column names). */
	static ServqualResult analyse(Path survey, Path managers, List<ServiceDimension> instrument)
			throws SQLException, DataException {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			WideCsvLoader loader = new WideCsvLoader(engine, Scale.LIKERT_7);
			DataTable customers = loader.load(survey, "survey");
			DataTable estimates = managers == null ? null : loader.load(managers, "managers");
			return new ServqualAnalysis(engine, instrument).analyse(customers, estimates, Scale.LIKERT_7);
		}
	}

	/** A dimension of the plain wide convention over the given items. */
	static ServiceDimension dimension(String name, int... items) {
		return new ServiceDimension(name, java.util.Arrays.stream(items).mapToObj(ItemColumns::wide).toList(), "W_" + name);
	}
}
