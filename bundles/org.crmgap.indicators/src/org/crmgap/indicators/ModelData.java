package org.crmgap.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmgap.data.ColumnRules;
import org.crmgap.data.DataException;
import org.crmgap.data.DataLocations;
import org.crmgap.data.DataTable;
import org.crmgap.data.Databases;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.QueryTables;
import org.crmgap.data.TableLoader;
import org.crmgap.data.WideCsvLoader.Exports;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;

/**
 * Loads a model's data sources (files relative to the model file, inside its folder unless allowed) into
 * the engine, one table per role, each checked by what its columns mean in the model; only the sources of one
 * measurement wave ({@link Waves}); a segment-assignment file gives the survey's segments ({@link SegmentAssignments}).
 * A SQL source of KPI measurements or an assessment stays in its database ({@link QueryTables}); a survey's or an
 * assignment's rows are read as a CSV file's, to be checked cell by cell ({@link TableLoader#loadQuery}). Closing closes
 * the databases' connections. A customer survey file that is a survey-tool export is read through the source's answer
 * table ({@link SurveySources#exports}).
 */
final class ModelData implements AutoCloseable {

	private final DuckDbEngine engine;
	private final GapModel model;
	private final MeasurementWave wave;
	private final Path modelFile;
	private final boolean allowOutside;
	private final Databases databases;
	private final List<DataTable> loaded = new ArrayList<>();

	ModelData(DuckDbEngine engine, GapModel model, MeasurementWave wave, Path modelFile, AnalysisOptions options) {
		this.engine = engine;
		this.model = model;
		this.wave = wave;
		this.modelFile = modelFile;
		this.allowOutside = options.allowOutsideData();
		this.databases = new Databases(options.passwords());
	}

	List<DataTable> loaded() {
		return loaded;
	}

	Optional<DataSource> source(DataRole role) {
		return Waves.source(model, wave, role);
	}

	static String column(DataSource source, ColumnMeaning meaning, String fallback) {
		return source.getColumnMappings().stream().filter(m -> m.getMeaning() == meaning).map(ColumnMapping::getColumn)
				.filter(c -> c != null && !c.isBlank()).findFirst().orElse(fallback);
	}

	/** The customers' survey as table {@code survey}, or empty when the model has no such source. */
	Optional<DataTable> customers(ModelInstrument instrument) throws DataException {
		Optional<DataSource> source = source(DataRole.CUSTOMER_SURVEY);
		if (source.isEmpty()) {
			return Optional.empty();
		}
		DataSource s = source.get();
		String respondent = column(s, ColumnMeaning.RESPONDENT, "respondent");
		Optional<DataSource> assignment = source(DataRole.SEGMENT_ASSIGNMENT);
		if (assignment.isEmpty()) {
			return Optional.of(load(s, "survey", SurveyColumns.customers(instrument, respondent, column(s, ColumnMeaning.SEGMENT, null)),
					SurveySources.exports(s, instrument.scale())));
		}
		// the assignment wins: the survey's own segment column is not read
		ColumnRules rules = SurveyColumns.customers(instrument, respondent, null);
		DataTable survey = load(s, "survey", new ColumnRules(rules.required(), rules.checks(), rules.uniqueKey(), null),
				SurveySources.exports(s, instrument.scale()));
		DataSource a = assignment.get();
		String assigned = SegmentAssignments.respondent(a);
		String segment = SegmentAssignments.segment(a);
		DataTable table = load(a, "assignment", SegmentAssignments.rules(assigned, segment), null);
		try {
			DataTable joined = SegmentAssignments.join(survey, respondent, table, assigned, segment);
			loaded.set(loaded.indexOf(survey), joined); // the survey's read, with its warnings and the join's
			return Optional.of(joined);
		} catch (java.sql.SQLException e) {
			throw problem(a, "cannot be joined with the survey: " + e.getMessage(), e);
		}
	}

	/** The managers' survey as table {@code managers}, or empty when the model has no such source. */
	Optional<DataTable> managers(ModelInstrument instrument) throws DataException {
		Optional<DataSource> source = source(DataRole.MANAGEMENT_SURVEY);
		if (source.isEmpty()) {
			return Optional.empty();
		}
		DataSource s = source.get();
		return Optional.of(load(s, "managers", SurveyColumns.managers(instrument, column(s, ColumnMeaning.RESPONDENT,
				"respondent")), null));
	}

	/** A long table (KPI measurements, assessments) with the given meanings as required columns. */
	Optional<DataTable> table(DataRole role, String name, List<ColumnMeaning> required, List<ColumnMeaning> numeric)
			throws DataException {
		Optional<DataSource> source = source(role);
		if (source.isEmpty()) {
			return Optional.empty();
		}
		DataSource s = source.get();
		Map<String, String> requiredColumns = new LinkedHashMap<>();
		for (ColumnMeaning meaning : required) {
			String column = column(s, meaning, null);
			if (column == null) {
				String problem = "maps no column as " + meaning.getLiteral();
				throw s.getFormat() == DataFormat.SQL ? problem(s, problem, null) : new DataException(file(s), "data source '"
						+ s.getName() + "' " + problem);
			}
			requiredColumns.put(column, "mapped as " + meaning.getLiteral() + " in the model");
		}
		List<String> numericColumns = numeric.stream().map(m -> column(s, m, null)).toList();
		ColumnRules rules = ColumnRules.longTable(requiredColumns, numericColumns);
		if (s.getFormat() == DataFormat.SQL) {
			// a long table is aggregated where it is: the query stays in its database
			return Optional.of(read(QueryTables.load(databases.connect(s.getName(), s.getLocation()), where(s), s.getQuery(), name,
					rules)));
		}
		return Optional.of(load(s, name, rules, null));
	}

	/**
	 * A file's rows, or a SQL source's rows read as a CSV file's, checked cell by cell ({@link TableLoader#loadQuery}); a
	 * survey-tool export file read through {@code exports} (null: plain files only).
	 */
	private DataTable load(DataSource source, String name, ColumnRules rules, Exports exports) throws DataException {
		TableLoader loader = new TableLoader(engine);
		if (source.getFormat() == DataFormat.SQL) {
			return read(loader.loadQuery(databases.connect(source.getName(), source.getLocation()), where(source), source.getQuery(),
					name, rules));
		}
		Path file = file(source);
		return read(source.getFormat() == DataFormat.PARQUET ? loader.loadParquet(file, name, rules)
				: loader.load(file, source.getSheet(), name, rules, exports));
	}

	private DataTable read(DataTable table) {
		loaded.add(table);
		return table;
	}

	private static String where(DataSource sql) {
		return Databases.where(sql.getName(), sql.getLocation());
	}

	/** A problem with a source: a SQL source's named with its database, a file's with the file. */
	private DataException problem(DataSource source, String problem, Throwable cause) throws DataException {
		return source.getFormat() == DataFormat.SQL ? new DataException(where(source), problem, cause)
				: new DataException(file(source), 0, null, problem, cause);
	}

	Path file(DataSource source) throws DataException {
		return DataLocations.resolve(modelFile, source.getLocation(), allowOutside);
	}

	@Override
	public void close() {
		databases.close();
	}
}
