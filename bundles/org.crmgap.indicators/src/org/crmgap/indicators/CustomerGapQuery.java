package org.crmgap.indicators;

import static org.crmgap.indicators.AggregateQuery.count;
import static org.crmgap.indicators.AggregateQuery.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The customer-gap aggregates of all respondents and of each segment, in one query. */
final class CustomerGapQuery {

	private final SurveyLayout layout;
	private final AggregateQuery select = new AggregateQuery();

	CustomerGapQuery(SurveyLayout layout) {
		this.layout = layout;
		select.add("total", "GROUPING(segment)");
		select.add("respondents", "count(*)");
		for (ItemColumns c : layout.items()) {
			int i = c.item();
			select.add("gap_" + i, "avg" + Sql.diff(c.perception(), c.expectation()));
			select.add("n_" + i, "count" + Sql.diff(c.perception(), c.expectation()));
			if (c.adequate() != null) {
				select.add("msa_" + i, "avg" + Sql.diff(c.perception(), c.adequate()));
			}
			if (c.desired() != null) {
				select.add("mss_" + i, "avg" + Sql.diff(c.perception(), c.desired()));
			}
		}
		for (ServiceDimension d : layout.dimensions()) {
			String score = "score_" + d.name();
			select.add("mean_" + d.name(), "avg(" + score + ")");
			select.add("var_" + d.name(), "var_samp(" + score + ")");
			select.add("n_" + d.name(), "count(" + score + ")");
			addAlphaParts(d, "P", ItemColumns::perception);
			addAlphaParts(d, "E", ItemColumns::expectation);
			if (layout.table().has("W_" + d.name())) {
				select.add("w_" + d.name(), "avg(\"W_" + d.name() + "\")");
			}
		}
	}

	private void addAlphaParts(ServiceDimension d, String prefix, java.util.function.Function<ItemColumns, String> column) {
		List<String> columns = d.items().stream().map(column).toList();
		String complete = " FILTER (WHERE " + Sql.allPresent(columns) + ")";
		for (ItemColumns c : d.items()) {
			select.add("var" + prefix + "_" + c.item(), "var_samp(" + Sql.id(column.apply(c)) + ")" + complete);
		}
		select.add("var" + prefix + "_sum_" + d.name(), "var_samp(" + Sql.sum(columns) + ")" + complete);
	}

	String sql(String table) {
		List<String> scores = new ArrayList<>();
		for (ServiceDimension d : layout.dimensions()) {
			scores.add(Sql.rowMean(d.items(), c -> Sql.diff(c.perception(), c.expectation())) + " AS score_" + d.name());
		}
		return "WITH scored AS (SELECT *, " + String.join(", ", scores) + " FROM " + table + ")\nSELECT segment,\n  "
				+ select.selectList() + "\nFROM scored GROUP BY GROUPING SETS ((), (segment)) ORDER BY total DESC, segment";
	}

	ServqualResult.Group group(ResultSet row) throws SQLException {
		String segment = row.getInt("total") == 1 ? "all" : row.getString("segment");
		List<ServqualResult.Item> items = new ArrayList<>();
		for (ItemColumns c : layout.items()) {
			int i = c.item();
			items.add(new ServqualResult.Item(i, layout.dimensionOf(i), number(row, "gap_" + i), count(row, "n_" + i)));
		}
		List<ServqualResult.Dimension> dimensions = new ArrayList<>();
		for (ServiceDimension d : layout.dimensions()) {
			dimensions.add(dimension(row, d));
		}
		return new ServqualResult.Group(segment, count(row, "respondents"), unweighted(dimensions),
				weighted(row, dimensions), List.copyOf(dimensions), List.copyOf(items));
	}

	private ServqualResult.Dimension dimension(ResultSet row, ServiceDimension d) throws SQLException {
		String name = d.name();
		Double mean = number(row, "mean_" + name);
		long n = count(row, "n_" + name);
		Statistics.OneSample test = Statistics.oneSample(mean, number(row, "var_" + name), n);
		return new ServqualResult.Dimension(name, mean, n, test == null ? null : test.t(), test == null ? null : test.df(),
				test == null ? null : test.p(), test == null ? null : test.ciLow(), test == null ? null : test.ciHigh(),
				alpha(row, d, "P"), alpha(row, d, "E"), itemMean(row, d, "msa_"), itemMean(row, d, "mss_"));
	}

	private static Double alpha(ResultSet row, ServiceDimension d, String prefix) throws SQLException {
		double[] variances = new double[d.items().size()];
		for (int k = 0; k < variances.length; k++) {
			Double v = number(row, "var" + prefix + "_" + d.items().get(k).item());
			variances[k] = v == null ? Double.NaN : v;
		}
		return Statistics.cronbachAlpha(variances, number(row, "var" + prefix + "_sum_" + d.name()));
	}

	/** Mean over the dimension's items of a per-item value (zone of tolerance); null if no item has it. */
	private static Double itemMean(ResultSet row, ServiceDimension d, String prefix) throws SQLException {
		double sum = 0;
		int count = 0;
		for (ItemColumns c : d.items()) {
			boolean present = prefix.startsWith("msa") ? c.adequate() != null : c.desired() != null;
			Double value = present ? number(row, prefix + c.item()) : null;
			if (value != null) {
				sum += value;
				count++;
			}
		}
		return count == 0 ? null : sum / count;
	}

	private static Double unweighted(List<ServqualResult.Dimension> dimensions) {
		return dimensions.stream().map(ServqualResult.Dimension::gap).allMatch(g -> g != null)
				? dimensions.stream().mapToDouble(ServqualResult.Dimension::gap).average().orElse(Double.NaN)
				: null;
	}

	private Double weighted(ResultSet row, List<ServqualResult.Dimension> dimensions) throws SQLException {
		double weights = 0;
		double sum = 0;
		for (ServqualResult.Dimension d : dimensions) {
			Double w = layout.table().has("W_" + d.name()) ? number(row, "w_" + d.name()) : null;
			if (w == null || d.gap() == null) {
				return null;
			}
			weights += w;
			sum += w * d.gap();
		}
		return weights > 0 ? sum / weights : null;
	}
}
