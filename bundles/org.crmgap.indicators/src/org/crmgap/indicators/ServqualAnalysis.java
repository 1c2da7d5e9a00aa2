package org.crmgap.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.DataTable;

/**
 * SERVQUAL customer gap (gap 5) and knowledge gap (gap 1) as in the domain reference. The engine
 * aggregates in one pass per survey (all respondents and each segment through GROUPING SETS);
 * Hipparchus turns the aggregates into tests.
 */
public final class ServqualAnalysis {

	private final DuckDbEngine engine;
	private final List<ServiceDimension> dimensions;

	public ServqualAnalysis(DuckDbEngine engine, List<ServiceDimension> dimensions) {
		this.engine = engine;
		this.dimensions = dimensions;
	}

	/**
	 * The customer-gap SQL this analysis runs, over any relation with the survey's columns (the benchmark
	 * runs it straight on the CSV file to compare with the whole pipeline).
	 */
	public String customerGapSql(DataTable survey, String relation) {
		return new CustomerGapQuery(SurveyLayout.of(survey, dimensions)).sql(relation);
	}

	/** Analyses {@code survey}; {@code managers} (may be null) adds the knowledge gap. */
	public ServqualResult analyse(DataTable survey, DataTable managers, Scale scale) throws SQLException {
		SurveyLayout layout = SurveyLayout.of(survey, dimensions);
		if (layout.items().isEmpty()) {
			throw new SQLException("no survey item has both an expectation and a perception column");
		}
		List<String> warnings = new ArrayList<>(layout.missing());
		if (!layout.complete()) {
			warnings.add("no SERVQUAL score: it needs every item and dimension of the instrument");
		}
		List<ServqualResult.Group> groups = new ArrayList<>();
		CustomerGapQuery query = new CustomerGapQuery(layout);
		try (Statement statement = engine.connection().createStatement();
				ResultSet rows = statement.executeQuery(query.sql(survey.name()))) {
			while (rows.next()) {
				groups.add(query.group(rows));
			}
		}
		ServqualResult.KnowledgeGap knowledge = null;
		if (managers != null) {
			List<Integer> unestimated = layout.items().stream().filter(c -> c.manager() == null || !managers.has(c.manager()))
					.map(ItemColumns::item).toList();
			if (!unestimated.isEmpty()) {
				warnings.add(managers.fingerprint().file() + ": no managers' estimate column for item(s) "
						+ SurveyLayout.ranges(unestimated) + ": no knowledge gap for them");
			}
			knowledge = new KnowledgeGapQuery(engine, layout).analyse(survey, managers);
		}
		return new ServqualResult(scale, List.copyOf(groups), knowledge, List.copyOf(warnings));
	}
}
