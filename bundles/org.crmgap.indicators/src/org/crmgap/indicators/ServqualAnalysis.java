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
		return run(survey, managers, scale).result();
	}

	/** As {@link #analyse}, with each group's respondent-level dimension scores (which a comparison of waves tests). */
	Run analyseScored(DataTable survey, DataTable managers, Scale scale) throws SQLException {
		return run(survey, managers, scale);
	}

	/**
	 * Analyses {@code survey} and compares it with {@code previous}, an earlier wave of the same survey: the groups
	 * present in both waves, each dimension's change tested with Welch's t-test (segments of one wave only are named in
	 * a warning).
	 */
	public WaveComparison compare(DataTable survey, DataTable previous, DataTable managers, Scale scale) throws SQLException {
		Run now = run(survey, managers, scale);
		Run before = run(previous, null, scale);
		List<ServqualResult.Group> groups = new ArrayList<>();
		List<WaveComparison.GroupChange> changes = new ArrayList<>();
		List<String> warnings = new ArrayList<>(now.result().warnings());
		before.result().warnings().forEach(w -> warnings.add("previous wave: " + w));
		for (CustomerGapQuery.Scored group : now.groups()) {
			CustomerGapQuery.Scored earlier = before.group(group.group().segment());
			if (earlier == null) {
				warnings.add("segment '" + group.group().segment() + "' is not in the previous wave: left out of the comparison");
			} else {
				groups.add(group.group());
				changes.add(WaveChanges.of(group, earlier));
			}
		}
		before.groups().stream().map(g -> g.group().segment()).filter(s -> now.group(s) == null)
				.forEach(s -> warnings.add("segment '" + s + "' is only in the previous wave: left out of the comparison"));
		ServqualResult result = now.result();
		return new WaveComparison(new ServqualResult(result.scale(), List.copyOf(groups), result.knowledgeGap(),
				List.copyOf(warnings)), List.copyOf(changes));
	}

	/** One wave's analysis with its groups' dimension scores. */
	record Run(ServqualResult result, List<CustomerGapQuery.Scored> groups) {
		CustomerGapQuery.Scored group(String segment) {
			return groups.stream().filter(g -> g.group().segment().equals(segment)).findFirst().orElse(null);
		}
	}

	private Run run(DataTable survey, DataTable managers, Scale scale) throws SQLException {
		SurveyLayout layout = SurveyLayout.of(survey, dimensions);
		if (layout.items().isEmpty()) {
			throw new SQLException(survey.fingerprint().file() + ": no survey item has both an expectation and a perception column");
		}
		List<String> warnings = new ArrayList<>(layout.missing());
		if (!layout.complete()) {
			warnings.add("no SERVQUAL score: it needs every item and dimension of the instrument");
		}
		List<CustomerGapQuery.Scored> groups = new ArrayList<>();
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
		List<ServqualResult.Group> plain = groups.stream().map(CustomerGapQuery.Scored::group).toList();
		return new Run(new ServqualResult(scale, plain, knowledge, List.copyOf(warnings)), List.copyOf(groups));
	}
}
