package org.crmgap.indicators;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crmgap.data.ColumnCheck;
import org.crmgap.data.ColumnRules;
import org.crmgap.data.DataException;
import org.crmgap.data.DataLocations;
import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.TableLoader;
import org.crmgap.indicators.profiles.ProfileColumns;
import org.crmgap.indicators.profiles.ProfileDiscovery;
import org.crmgap.indicators.profiles.ProfileOptions;
import org.crmgap.indicators.profiles.ProfileResult;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;

/**
 * Relationship profiles found in a model's customer survey (a data source of the model): its columns as the model's
 * instrument names them, so that the expectation items and the dimensions are the instrument's, and any
 * relationship-bond items ({@code BOND_<name>}) on its scale. The survey's segment column (mapped, else {@code segment})
 * is what the profiles are compared with. The data is read, never written.
 */
public final class ModelProfiles {

	private ModelProfiles() {
	}

	/**
	 * The survey's columns a discovery may cluster on: the instrument's expectation, perception, desired and adequate columns
	 * the file has (by item), then its bond items; and the default ones (expectation and bond items, as {@code crmgap profiles}).
	 */
	public record Items(List<String> all, List<String> defaults) {
	}

	/** The items of the survey (its file is read). */
	public static Items items(GapModel model, Path modelFile, DataSource survey) throws DataException, SQLException {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			ModelInstrument instrument = ModelInstrument.of(model, survey);
			DataTable table = load(engine, instrument, modelFile, survey, List.of());
			List<String> defaults = ProfileColumns.defaultItems(table, instrument.dimensions());
			List<String> all = new java.util.ArrayList<>();
			List<Function<ItemColumns, String>> kinds = List.of(ItemColumns::expectation, ItemColumns::perception, ItemColumns::desired,
					ItemColumns::adequate);
			List<ItemColumns> items = instrument.dimensions().stream().flatMap(d -> d.items().stream())
					.sorted(java.util.Comparator.comparingInt(ItemColumns::item)).toList();
			kinds.forEach(kind -> items.stream().map(kind).filter(c -> c != null && table.has(c) && !all.contains(c)).forEach(all::add));
			defaults.stream().filter(c -> !all.contains(c)).forEach(all::add);
			return new Items(List.copyOf(all), defaults);
		}
	}

	/** The profiles of the survey's answers with the options (their items: the defaults when empty). */
	public static ProfileResult discover(GapModel model, Path modelFile, DataSource survey, ProfileOptions options)
			throws DataException, SQLException {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			ModelInstrument instrument = ModelInstrument.of(model, survey);
			DataTable table = load(engine, instrument, modelFile, survey, options.items());
			return new ProfileDiscovery(engine, instrument.dimensions()).discover(table, respondent(survey), options);
		}
	}

	/** The survey's file, relative to the model file. */
	public static Path file(Path modelFile, DataSource survey) throws DataException {
		if (survey.getFormat() == DataFormat.SQL) {
			throw new DataException(survey.getLocation(), "profiles are found in a survey file, not a SQL query", null);
		}
		return DataLocations.resolve(modelFile, survey.getLocation(), true);
	}

	private static String respondent(DataSource survey) {
		return ModelData.column(survey, ColumnMeaning.RESPONDENT, "respondent");
	}

	private static DataTable load(DuckDbEngine engine, ModelInstrument instrument, Path modelFile, DataSource survey,
			List<String> items) throws DataException {
		ColumnRules rules = SurveyColumns.customers(instrument, respondent(survey), ModelData.column(survey, ColumnMeaning.SEGMENT,
				null));
		ColumnCheck answers = ColumnCheck.answers(instrument.scale());
		Map<String, String> required = new LinkedHashMap<>(rules.required());
		items.forEach(i -> required.putIfAbsent(i, "an item chosen to cluster on"));
		Function<String, ColumnCheck> checks = column -> {
			ColumnCheck check = rules.checks().apply(column);
			return check != null ? check
					: items.contains(column) || ProfileColumns.BOND_COLUMN.matcher(column).matches() ? answers : null;
		};
		Path file = file(modelFile, survey);
		ColumnRules withItems = new ColumnRules(required, checks, rules.uniqueKey(), rules.segment());
		return survey.getFormat() == DataFormat.PARQUET ? new TableLoader(engine).loadParquet(file, "survey", withItems)
				: new TableLoader(engine).load(file, survey.getSheet(), "survey", withItems,
						SurveySources.exports(survey, instrument.scale()));
	}
}
