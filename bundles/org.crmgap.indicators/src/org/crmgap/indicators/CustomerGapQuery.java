package org.crmgap.indicators;

import static org.crmgap.indicators.AggregateQuery.count;
import static org.crmgap.indicators.AggregateQuery.number;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crmgap.data.Segments;
import org.hipparchus.stat.descriptive.StatisticalSummary;

/**
 * The customer-gap aggregates of all respondents and of each segment, in one query. Names of the model
 * (dimensions, columns) never become SQL aliases: aliases are built from positions and item numbers, and
 * columns are quoted identifiers.
 */
final class CustomerGapQuery {

	private static final String SEGMENT = "crmgap_segment";

	private final SurveyLayout layout;
	private final AggregateQuery select = new AggregateQuery();

	CustomerGapQuery(SurveyLayout layout) {
		this.layout = layout;
		select.add("total", layout.table().segment() == null ? "1" : "GROUPING(" + SEGMENT + ")");
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
			if (c.adequate() != null && c.desired() != null) {
				addZoneCounts(c);
			}
		}
		for (int k = 0; k < layout.dimensions().size(); k++) {
			ServiceDimension d = layout.dimensions().get(k);
			String score = score(k);
			select.add("mean_d" + k, "avg(" + score + ")");
			select.add("var_d" + k, "var_samp(" + score + ")");
			select.add("n_d" + k, "count(" + score + ")");
			addAlphaParts(d, k, "P", ItemColumns::perception);
			addAlphaParts(d, k, "E", ItemColumns::expectation);
			if (d.weightColumn() != null) {
				select.add("w_d" + k, "avg(" + Sql.id(d.weightColumn()) + ")");
			}
		}
	}

	/** Respondents who answered P, A and D of the item: how many, and how many below (P < A) and above (else P > D). */
	private void addZoneCounts(ItemColumns c) {
		String answered = "count(*) FILTER (WHERE " + Sql.allPresent(List.of(c.perception(), c.adequate(), c.desired()));
		String p = Sql.id(c.perception());
		select.add("zone_n_" + c.item(), answered + ")");
		select.add("below_" + c.item(), answered + " AND " + p + " < " + Sql.id(c.adequate()) + ")");
		select.add("above_" + c.item(), answered + " AND " + p + " >= " + Sql.id(c.adequate()) + " AND " + p + " > "
				+ Sql.id(c.desired()) + ")");
	}

	private static String score(int dimension) {
		return "crmgap_score_d" + dimension;
	}

	private void addAlphaParts(ServiceDimension d, int k, String prefix, Function<ItemColumns, String> column) {
		List<String> columns = d.items().stream().map(column).toList();
		String complete = " FILTER (WHERE " + Sql.allPresent(columns) + ")";
		for (ItemColumns c : d.items()) {
			select.add("var" + prefix + "_" + c.item(), "var_samp(" + Sql.id(column.apply(c)) + ")" + complete);
		}
		select.add("var" + prefix + "_sum_d" + k, "var_samp(" + Sql.sum(columns) + ")" + complete);
	}

	String sql(String table) {
		List<String> scores = new ArrayList<>();
		for (int k = 0; k < layout.dimensions().size(); k++) {
			scores.add(Sql.rowMean(layout.dimensions().get(k).items(), c -> Sql.diff(c.perception(), c.expectation())) + " AS "
					+ score(k));
		}
		String segment = layout.table().segment();
		String scored = "WITH scored AS (SELECT *, " + (segment == null ? "" : Segments.of(segment) + " AS " + SEGMENT + ", ")
				+ String.join(", ", scores) + " FROM " + table + ")\n";
		if (segment == null) {
			return scored + "SELECT NULL AS " + SEGMENT + ",\n  " + select.selectList() + "\nFROM scored";
		}
		return scored + "SELECT " + SEGMENT + ",\n  " + select.selectList() + "\nFROM scored GROUP BY GROUPING SETS ((), ("
				+ SEGMENT + ")) ORDER BY total DESC, " + SEGMENT + " NULLS LAST";
	}

	/** A group and its respondents' dimension scores (mean, variance, n), which a comparison of waves tests. */
	record Scored(ServqualResult.Group group, List<StatisticalSummary> scores) {
	}

	Scored group(ResultSet row) throws SQLException {
		String value = row.getString(SEGMENT);
		String segment = row.getInt("total") == 1 ? "all" : value == null ? Segments.NONE : value;
		List<ServqualResult.Item> items = new ArrayList<>();
		for (ItemColumns c : layout.items()) {
			items.add(item(row, c));
		}
		List<ServqualResult.Dimension> dimensions = new ArrayList<>();
		List<StatisticalSummary> scores = new ArrayList<>();
		for (int k = 0; k < layout.dimensions().size(); k++) {
			ServqualResult.Dimension d = dimension(row, layout.dimensions().get(k), k);
			dimensions.add(d);
			Double variance = number(row, "var_d" + k);
			scores.add(Statistics.summary(d.gap() == null ? Double.NaN : d.gap(), variance == null ? Double.NaN : variance, d.n()));
		}
		boolean complete = layout.complete();
		return new Scored(new ServqualResult.Group(segment, count(row, "respondents"), complete ? unweighted(dimensions) : null,
				complete ? weighted(row, dimensions) : null, List.copyOf(dimensions), List.copyOf(items)), List.copyOf(scores));
	}

	private ServqualResult.Item item(ResultSet row, ItemColumns c) throws SQLException {
		int i = c.item();
		Double gap = number(row, "gap_" + i);
		long n = count(row, "n_" + i);
		if (c.adequate() == null || c.desired() == null) {
			return new ServqualResult.Item(i, layout.dimensionOf(i), gap, n, null, null, null, null);
		}
		long answered = count(row, "zone_n_" + i);
		if (answered == 0) {
			return new ServqualResult.Item(i, layout.dimensionOf(i), gap, n, null, null, null, 0L);
		}
		double below = (double) count(row, "below_" + i) / answered;
		double above = (double) count(row, "above_" + i) / answered;
		double inside = (double) (answered - count(row, "below_" + i) - count(row, "above_" + i)) / answered;
		return new ServqualResult.Item(i, layout.dimensionOf(i), gap, n, below, inside, above, answered);
	}

	private ServqualResult.Dimension dimension(ResultSet row, ServiceDimension d, int k) throws SQLException {
		Double mean = number(row, "mean_d" + k);
		long n = count(row, "n_d" + k);
		Statistics.OneSample test = Statistics.oneSample(mean, number(row, "var_d" + k), n);
		return new ServqualResult.Dimension(d.name(), mean, n, test == null ? null : test.t(), test == null ? null : test.df(),
				test == null ? null : test.p(), test == null ? null : test.ciLow(), test == null ? null : test.ciHigh(),
				alpha(row, d, k, "P"), alpha(row, d, k, "E"), itemMean(row, d, "msa_"), itemMean(row, d, "mss_"));
	}

	private static Double alpha(ResultSet row, ServiceDimension d, int k, String prefix) throws SQLException {
		double[] variances = new double[d.items().size()];
		for (int i = 0; i < variances.length; i++) {
			Double v = number(row, "var" + prefix + "_" + d.items().get(i).item());
			variances[i] = v == null ? Double.NaN : v;
		}
		return Statistics.cronbachAlpha(variances, number(row, "var" + prefix + "_sum_d" + k));
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
		for (int k = 0; k < dimensions.size(); k++) {
			ServqualResult.Dimension d = dimensions.get(k);
			Double w = layout.dimensions().get(k).weightColumn() != null ? number(row, "w_d" + k) : null;
			if (w == null || d.gap() == null) {
				return null;
			}
			weights += w;
			sum += w * d.gap();
		}
		return weights > 0 ? sum / weights : null;
	}
}
