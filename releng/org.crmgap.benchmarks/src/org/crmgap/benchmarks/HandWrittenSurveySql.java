package org.crmgap.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SERVQUAL numbers of {@code crmgap survey} as one query an analyst would write by hand for the generated wide
 * file (22 items, E/P/D/A, W_ points, 1–7 scale): one pass over the CSV, answers outside the scale excluded and
 * counted, then per group (all, each segment) the item gaps, dimension scores with their t statistic, Cronbach's
 * alpha of P and E, the zone of tolerance and the SERVQUAL scores. Written apart from the pipeline's SQL on purpose.
 */
final class HandWrittenSurveySql {

	/** SERVQUAL's five dimensions and their items. */
	static final Map<String, int[]> DIMENSIONS = new LinkedHashMap<>();

	static {
		DIMENSIONS.put("tangibles", range(1, 4));
		DIMENSIONS.put("reliability", range(5, 9));
		DIMENSIONS.put("responsiveness", range(10, 13));
		DIMENSIONS.put("assurance", range(14, 17));
		DIMENSIONS.put("empathy", range(18, 22));
	}

	private HandWrittenSurveySql() {
	}

	private static int[] range(int first, int last) {
		return IntStream.rangeClosed(first, last).toArray();
	}

	private static String each(int[] items, IntFunction<String> term, String separator) {
		return IntStream.of(items).mapToObj(term).collect(Collectors.joining(separator));
	}

	static String sql(Path csv) {
		int[] all = range(1, 22);
		List<String> answers = new ArrayList<>();
		for (String p : new String[] { "E", "P", "D", "A" }) {
			IntStream.of(all).forEach(i -> answers.add(p + i));
		}
		String kept = answers.stream().map(c -> "CASE WHEN " + c + " BETWEEN 1 AND 7 AND " + c + " = floor(" + c + ") THEN " + c
				+ " END AS " + c).collect(Collectors.joining(", "));
		String excluded = answers.stream().map(c -> "CAST(" + c + " IS NOT NULL AND NOT (" + c + " BETWEEN 1 AND 7 AND " + c
				+ " = floor(" + c + ")) AS INT)").collect(Collectors.joining(" + "));
		StringBuilder scores = new StringBuilder();
		StringBuilder aggregates = new StringBuilder("count(*) AS respondents, sum(excluded) AS excluded");
		StringBuilder outer = new StringBuilder("segment, total, respondents, excluded");
		for (int i : all) {
			aggregates.append(", avg(P" + i + " - E" + i + ") AS gap" + i + ", count(P" + i + " - E" + i + ") AS n" + i);
			outer.append(", gap" + i + ", n" + i);
		}
		List<String> gaps = new ArrayList<>();
		List<String> weighted = new ArrayList<>();
		List<String> weights = new ArrayList<>();
		for (Map.Entry<String, int[]> d : DIMENSIONS.entrySet()) {
			String n = d.getKey();
			int[] items = d.getValue();
			int k = items.length;
			scores.append(", list_avg([" + each(items, i -> "P" + i + " - E" + i, ", ") + "]) AS s_" + n);
			aggregates.append(", avg(s_" + n + ") AS g_" + n + ", var_samp(s_" + n + ") AS v_" + n + ", count(s_" + n + ") AS c_" + n);
			for (String p : new String[] { "P", "E" }) {
				String complete = " FILTER (WHERE " + each(items, i -> p + i + " IS NOT NULL", " AND ") + ")";
				aggregates.append(", (" + k + ".0 / " + (k - 1) + ") * (1 - (" + each(items, i -> "var_samp(" + p + i + ")" + complete,
						" + ") + ") / var_samp(" + each(items, i -> p + i, " + ") + ")" + complete + ") AS alpha" + p + "_" + n);
			}
			aggregates.append(", (" + each(items, i -> "avg(P" + i + " - A" + i + ")", " + ") + ") / " + k + " AS msa_" + n);
			aggregates.append(", (" + each(items, i -> "avg(P" + i + " - D" + i + ")", " + ") + ") / " + k + " AS mss_" + n);
			aggregates.append(", avg(W_" + n + ") FILTER (WHERE W_" + n + " >= 0) AS w_" + n);
			outer.append(", g_" + n + ", c_" + n + ", g_" + n + " / sqrt(v_" + n + " / c_" + n + ") AS t_" + n + ", alphaP_" + n
					+ ", alphaE_" + n + ", msa_" + n + ", mss_" + n);
			gaps.add("g_" + n);
			weighted.add("w_" + n + " * g_" + n);
			weights.add("w_" + n);
		}
		outer.append(", (" + String.join(" + ", gaps) + ") / " + gaps.size() + " AS unweighted, (" + String.join(" + ", weighted)
				+ ") / (" + String.join(" + ", weights) + ") AS weighted");
		String file = "'" + csv.toAbsolutePath().toString().replace("'", "''") + "'";
		return "WITH raw AS (SELECT * FROM read_csv(" + file + ", header = true)),\n"
				+ "kept AS (SELECT NULLIF(trim(segment), '') AS segment, " + excluded + " AS excluded, " + kept
				+ ", W_tangibles, W_reliability, W_responsiveness, W_assurance, W_empathy FROM raw),\n"
				+ "scored AS (SELECT *" + scores + " FROM kept),\n"
				+ "grouped AS (SELECT segment, GROUPING(segment) AS total, " + aggregates
				+ " FROM scored GROUP BY GROUPING SETS ((), (segment)))\n"
				+ "SELECT " + outer + " FROM grouped ORDER BY total DESC, segment NULLS LAST";
	}

	/** Runs the query; each group's numbers by name, the group "all" first. */
	static Map<String, Map<String, Double>> run(Connection connection, Path csv) throws SQLException {
		Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql(csv))) {
			int columns = row.getMetaData().getColumnCount();
			while (row.next()) {
				Map<String, Double> values = new LinkedHashMap<>();
				for (int c = 3; c <= columns; c++) {
					double v = row.getDouble(c);
					values.put(row.getMetaData().getColumnLabel(c), row.wasNull() ? null : v);
				}
				groups.put(row.getInt("total") == 1 ? "all" : row.getString("segment"), values);
			}
		}
		return groups;
	}
}
