package org.crmgap.indicators;

import static org.crmgap.indicators.AggregateQuery.count;
import static org.crmgap.indicators.AggregateQuery.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.DataTable;
import org.hipparchus.stat.descriptive.StatisticalSummary;

/** Gap 1: managers' estimates (M) against customers' expectations (E), per item and per dimension. */
final class KnowledgeGapQuery {

	private final DuckDbEngine engine;
	private final SurveyLayout layout;

	KnowledgeGapQuery(DuckDbEngine engine, SurveyLayout layout) {
		this.engine = engine;
		this.layout = layout;
	}

	ServqualResult.KnowledgeGap analyse(DataTable customers, DataTable managers) throws SQLException {
		List<ItemColumns> items = layout.items().stream().filter(c -> c.manager() != null && managers.has(c.manager())).toList();
		try (Statement statement = engine.connection().createStatement();
				ResultSet m = statement.executeQuery(sql(managers.name(), ItemColumns::manager, items))) {
			m.next();
			try (Statement second = engine.connection().createStatement();
					ResultSet e = second.executeQuery(sql(customers.name(), ItemColumns::expectation, items))) {
				e.next();
				return new ServqualResult.KnowledgeGap(items(m, e, items), dimensions(m, e, items));
			}
		}
	}

	private String sql(String table, java.util.function.Function<ItemColumns, String> column, List<ItemColumns> items) {
		AggregateQuery select = new AggregateQuery();
		List<String> scores = new ArrayList<>();
		for (ItemColumns c : items) {
			select.add("mean_" + c.item(), "avg(" + Sql.id(column.apply(c)) + ")");
		}
		for (ServiceDimension d : dimensions(items)) {
			scores.add(Sql.rowMean(d.items(), c -> Sql.id(column.apply(c))) + " AS score_" + d.name());
			select.add("mean_" + d.name(), "avg(score_" + d.name() + ")");
			select.add("var_" + d.name(), "var_samp(score_" + d.name() + ")");
			select.add("n_" + d.name(), "count(score_" + d.name() + ")");
		}
		return "WITH scored AS (SELECT *" + (scores.isEmpty() ? "" : ", " + String.join(", ", scores)) + " FROM " + table
				+ ")\nSELECT " + (items.isEmpty() ? "1" : select.selectList()) + " FROM scored";
	}

	private List<ServiceDimension> dimensions(List<ItemColumns> items) {
		return layout.dimensions().stream()
				.map(d -> new ServiceDimension(d.name(), d.items().stream().filter(items::contains).toList()))
				.filter(d -> !d.items().isEmpty()).toList();
	}

	private static List<ServqualResult.KnowledgeItem> items(ResultSet m, ResultSet e, List<ItemColumns> items) throws SQLException {
		List<ServqualResult.KnowledgeItem> result = new ArrayList<>();
		for (ItemColumns c : items) {
			int i = c.item();
			Double managers = number(m, "mean_" + i);
			Double customers = number(e, "mean_" + i);
			result.add(new ServqualResult.KnowledgeItem(i, managers == null || customers == null ? null : managers - customers));
		}
		return result;
	}

	private List<ServqualResult.KnowledgeDimension> dimensions(ResultSet m, ResultSet e, List<ItemColumns> items) throws SQLException {
		List<ServqualResult.KnowledgeDimension> result = new ArrayList<>();
		for (ServiceDimension d : dimensions(items)) {
			StatisticalSummary managers = summary(m, d.name());
			StatisticalSummary customers = summary(e, d.name());
			if (managers == null || customers == null) {
				result.add(new ServqualResult.KnowledgeDimension(d.name(), null, null, null, null,
						managers == null ? 0 : managers.getN(), customers == null ? 0 : customers.getN()));
				continue;
			}
			Statistics.TwoSample test = Statistics.welch(managers, customers);
			result.add(new ServqualResult.KnowledgeDimension(d.name(), managers.getMean() - customers.getMean(),
					test == null ? null : test.t(), test == null ? null : test.df(), test == null ? null : test.p(),
					managers.getN(), customers.getN()));
		}
		return result;
	}

	private static StatisticalSummary summary(ResultSet row, String dimension) throws SQLException {
		Double mean = number(row, "mean_" + dimension);
		Double variance = number(row, "var_" + dimension);
		long n = count(row, "n_" + dimension);
		return mean == null ? null : Statistics.summary(mean, variance == null ? Double.NaN : variance, n);
	}
}
