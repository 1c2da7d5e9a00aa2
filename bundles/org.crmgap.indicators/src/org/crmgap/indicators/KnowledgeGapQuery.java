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
		List<ServiceDimension> dimensions = dimensions(items);
		for (int k = 0; k < dimensions.size(); k++) {
			// aliases from positions: the model's dimension names never reach the SQL
			scores.add(Sql.rowMean(dimensions.get(k).items(), c -> Sql.id(column.apply(c))) + " AS crmgap_score_d" + k);
			select.add("mean_d" + k, "avg(crmgap_score_d" + k + ")");
			select.add("var_d" + k, "var_samp(crmgap_score_d" + k + ")");
			select.add("n_d" + k, "count(crmgap_score_d" + k + ")");
		}
		return "WITH scored AS (SELECT *" + (scores.isEmpty() ? "" : ", " + String.join(", ", scores)) + " FROM " + table
				+ ")\nSELECT " + (items.isEmpty() ? "1" : select.selectList()) + " FROM scored";
	}

	private List<ServiceDimension> dimensions(List<ItemColumns> items) {
		return layout.dimensions().stream()
				.map(d -> new ServiceDimension(d.name(), d.items().stream().filter(items::contains).toList(), d.weightColumn()))
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
		List<ServiceDimension> dimensions = dimensions(items);
		for (int k = 0; k < dimensions.size(); k++) {
			String name = dimensions.get(k).name();
			StatisticalSummary managers = summary(m, k);
			StatisticalSummary customers = summary(e, k);
			if (managers == null || customers == null) {
				result.add(new ServqualResult.KnowledgeDimension(name, null, null, null, null,
						managers == null ? 0 : managers.getN(), customers == null ? 0 : customers.getN()));
				continue;
			}
			Statistics.TwoSample test = Statistics.welch(managers, customers);
			result.add(new ServqualResult.KnowledgeDimension(name, managers.getMean() - customers.getMean(),
					test == null ? null : test.t(), test == null ? null : test.df(), test == null ? null : test.p(),
					managers.getN(), customers.getN()));
		}
		return result;
	}

	private static StatisticalSummary summary(ResultSet row, int dimension) throws SQLException {
		Double mean = number(row, "mean_d" + dimension);
		Double variance = number(row, "var_d" + dimension);
		long n = count(row, "n_d" + dimension);
		return mean == null ? null : Statistics.summary(mean, variance == null ? Double.NaN : variance, n);
	}
}
