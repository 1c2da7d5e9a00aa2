package org.crmgap.indicators;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crmgap.data.ColumnRules;
import org.crmgap.data.DataException;
import org.crmgap.data.DataTable;
import org.crmgap.data.DataWarning;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Segments;
import org.crmgap.data.TableLoader;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;

/**
 * A segment-assignment file (role {@code segmentAssignment}: a respondent column and a segment column, e.g. the
 * {@code respondent,profile} file of {@code crmgap profiles --assignments}) gives each respondent of the customer survey
 * its segment, matched to the model's segments by data key (else name) as a survey's own segment column is. When the
 * model attaches one for a wave, it wins over the survey's segment column, which is then not read.
 */
public final class SegmentAssignments {

	/** The respondent column when the source maps none. */
	public static final String RESPONDENT = "respondent";
	/** The segment column when the source maps none: what {@code crmgap profiles --assignments} writes. */
	public static final String PROFILE = "profile";
	/** The problem of the warning about survey respondents the file does not name. */
	public static final String NOT_ASSIGNED = "respondent(s) not in the segment-assignment file";

	private static final String COLUMN = "crmgap_assigned_segment";

	private SegmentAssignments() {
	}

	/** The source's respondent column. */
	public static String respondent(DataSource source) {
		return ModelData.column(source, ColumnMeaning.RESPONDENT, RESPONDENT);
	}

	/** The source's segment column. */
	public static String segment(DataSource source) {
		return ModelData.column(source, ColumnMeaning.SEGMENT, PROFILE);
	}

	/** How the file is checked: both columns present, respondents present and unique, empty segments counted. */
	static ColumnRules rules(String respondent, String segment) {
		Map<String, String> required = new LinkedHashMap<>();
		required.put(respondent, "the respondent id");
		required.putIfAbsent(segment, "the segment of each respondent");
		return new ColumnRules(required, column -> null, respondent, segment);
	}

	/**
	 * The survey with each respondent's segment from the assignment as its segment column (a new table of the same rows,
	 * in the same order); a respondent the file does not name has none, and is counted in a warning.
	 */
	static DataTable join(DataTable survey, String surveyRespondent, DataTable assignment, String respondent, String segment)
			throws SQLException {
		String name = survey.name() + "_assigned";
		String key = "CAST(" + Sql.id(respondent) + " AS VARCHAR)";
		String surveyKey = "CAST(s." + Sql.id(surveyRespondent) + " AS VARCHAR)";
		List<DataWarning> warnings = new ArrayList<>(survey.warnings());
		try (Statement statement = survey.connection().createStatement()) {
			statement.execute("CREATE OR REPLACE TABLE " + name + " AS SELECT s.*, a.crmgap_segment AS " + COLUMN + " FROM "
					+ survey.from() + " s LEFT JOIN (SELECT " + key + " AS crmgap_key, " + Segments.of(segment)
					+ " AS crmgap_segment FROM " + assignment.from() + ") a ON " + surveyKey + " = a.crmgap_key ORDER BY s.rowid");
			try (ResultSet row = statement.executeQuery("SELECT count(*), min(s.rowid), min_by(" + surveyKey + ", s.rowid) FROM "
					+ survey.from() + " s WHERE " + surveyKey + " NOT IN (SELECT " + key + " FROM " + assignment.from() + ")")) {
				row.next();
				if (row.getLong(1) > 0) {
					warnings.add(DataWarning.first(survey.fingerprint(), surveyRespondent, row.getLong(1), row.getLong(2),
							Objects.toString(row.getString(3), ""), NOT_ASSIGNED + " " + assignment.fingerprint().file(),
							"counted in 'all' and in '" + Segments.NONE + "'"));
				}
			}
		}
		List<String> columns = new ArrayList<>(survey.columns());
		columns.add(COLUMN);
		return new DataTable(name, survey.connection(), List.copyOf(columns), COLUMN, survey.rows(), survey.fingerprint(),
				List.copyOf(warnings));
	}

	/**
	 * The segments the file names that no segment of the model has (by data key, else name), in the order of their first
	 * row; the file is read with the usual checks.
	 *
	 * @throws DataException when the file cannot be read
	 */
	public static List<String> unknown(GapModel model, DataSource source, Path file) throws DataException {
		String segment = segment(source);
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable table = new TableLoader(engine).load(file, source.getSheet(), "assignment", rules(respondent(source), segment));
			List<String> unknown = new ArrayList<>();
			try (Statement statement = engine.connection().createStatement();
					ResultSet rows = statement.executeQuery("SELECT " + Segments.of(segment) + " AS s FROM " + table.from()
							+ " WHERE s IS NOT NULL GROUP BY s ORDER BY min(rowid)")) {
				while (rows.next()) {
					String value = rows.getString(1);
					if (model.getSegments().stream().map(CustomerSegment::effectiveDataKey).noneMatch(value::equals)) {
						unknown.add(value);
					}
				}
			}
			return unknown;
		} catch (SQLException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}
}
