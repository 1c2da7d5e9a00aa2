package org.crmgap.data;

import java.nio.file.Path;

/**
 * Loads a plain wide survey CSV ({@code respondent, segment, E1.., P1.., D1.., A1.., W_<dimension>};
 * managers: {@code M1..}; value items {@code VALUE_E1.., VALUE_P1..}) into the engine.
 */
public final class WideCsvLoader {

	private final TableLoader loader;
	private final Scale scale;

	public WideCsvLoader(DuckDbEngine engine, Scale scale) {
		this.loader = new TableLoader(engine);
		this.scale = scale;
	}

	/** Loads {@code file} as view {@code name} (a plain identifier chosen by the caller). */
	public DataTable load(Path file, String name) throws DataException {
		return loader.load(file, name, ColumnRules.wideSurvey(scale));
	}
}
