package org.crmgap.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmgap.data.ColumnRules;
import org.crmgap.data.TableLoader;
import org.crmgap.data.DataException;
import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;

/** Loads a model's data sources (files relative to the model file) into the engine, one view per role. */
final class ModelData {

	private final DuckDbEngine engine;
	private final GapModel model;
	private final Path modelDir;
	private final List<DataTable> loaded = new ArrayList<>();

	ModelData(DuckDbEngine engine, GapModel model, Path modelFile) {
		this.engine = engine;
		this.model = model;
		this.modelDir = modelFile.toAbsolutePath().getParent();
	}

	List<DataTable> loaded() {
		return loaded;
	}

	Optional<DataSource> source(DataRole role) {
		return model.getDataSources().stream().filter(s -> s.getRole() == role).findFirst();
	}

	static String column(DataSource source, ColumnMeaning meaning, String fallback) {
		return source.getColumnMappings().stream().filter(m -> m.getMeaning() == meaning).map(ColumnMapping::getColumn)
				.findFirst().orElse(fallback);
	}

	/** The survey of {@code role} as a view named {@code name}, or empty when the model has no such source. */
	Optional<DataTable> survey(DataRole role, String name, Scale scale) throws DataException {
		Optional<DataSource> source = source(role);
		if (source.isEmpty()) {
			return Optional.empty();
		}
		DataSource s = source.get();
		ColumnRules rules = ColumnRules.wideSurvey(scale, column(s, ColumnMeaning.RESPONDENT, "respondent"),
				column(s, ColumnMeaning.SEGMENT, "segment"));
		return Optional.of(load(s, name, rules));
	}

	/** A long table (KPI measurements, assessments) with the given meanings as required columns. */
	Optional<DataTable> table(DataRole role, String name, List<ColumnMeaning> required, List<ColumnMeaning> numeric)
			throws DataException {
		Optional<DataSource> source = source(role);
		if (source.isEmpty()) {
			return Optional.empty();
		}
		DataSource s = source.get();
		List<String> requiredColumns = required.stream().map(m -> column(s, m, null)).toList();
		if (requiredColumns.contains(null)) {
			throw new DataException(file(s), "data source '" + s.getName() + "' maps no column as " + required);
		}
		List<String> numericColumns = numeric.stream().map(m -> column(s, m, null)).toList();
		return Optional.of(load(s, name, ColumnRules.longTable(requiredColumns, numericColumns)));
	}

	private DataTable load(DataSource source, String name, ColumnRules rules) throws DataException {
		Path file = file(source);
		TableLoader loader = new TableLoader(engine);
		DataTable table = source.getFormat() == DataFormat.PARQUET ? loader.loadParquet(file, name, rules)
				: loader.load(file, name, rules);
		loaded.add(table);
		return table;
	}

	Path file(DataSource source) {
		return modelDir.resolve(source.getLocation() == null ? "" : source.getLocation()).normalize();
	}
}
