package org.crmgap.indicators;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.data.DataTable;
import org.crmgap.model.Communication;
import org.crmgap.model.Direction;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;

/**
 * Delivery gap (gap 3) from KPI measurements: per standard the share of measurements meeting the target
 * (direction-aware, within tolerance) and the mean shortfall of the violations. Communication gap (gap 4):
 * each promise against the level delivered (the mean of its standard's measurements).
 */
final class KpiIndicators {

	record Delivery(long n, long met, Double meanShortfall, Double meanValue) {
		Double compliance() {
			return n == 0 ? null : (double) met / n;
		}
	}

	private final GapModel model;
	private final IndicatorRows rows;
	private final Map<ServiceStandard, Delivery> delivered = new HashMap<>();

	KpiIndicators(GapModel model, IndicatorRows rows) {
		this.model = model;
		this.rows = rows;
	}

	Map<ServiceStandard, Delivery> delivered() {
		return delivered;
	}

	/** Reads the measurements; returns the number of rows whose standard key the model does not know. */
	long compute(DataTable kpi, String keyColumn, String valueColumn) throws SQLException {
		List<ServiceStandard> standards = model.getServiceStandards();
		if (standards.isEmpty()) {
			return 0;
		}
		// one row per standard (by position): standards sharing a data key are each measured from the same rows
		String met = "CASE WHEN s.lower_better THEN k.v <= s.target + s.tolerance ELSE k.v >= s.target - s.tolerance END";
		String sql = "WITH s (pos, std_key, target, tolerance, lower_better) AS (" + standardsValues(standards.size())
				+ "),\nk AS (SELECT CAST(" + Sql.id(keyColumn) + " AS VARCHAR) AS key, " + Sql.id(valueColumn) + " AS v FROM "
				+ kpi.from() + " WHERE " + Sql.id(valueColumn) + " IS NOT NULL)\nSELECT s.pos, count(k.v) AS n, count(k.v) "
				+ "FILTER (WHERE " + met + ") AS met, avg(CASE WHEN s.lower_better THEN k.v - s.target ELSE s.target - k.v END) "
				+ "FILTER (WHERE NOT (" + met + ")) AS shortfall, avg(k.v) AS mean FROM s LEFT JOIN k ON k.key = s.std_key "
				+ "GROUP BY s.pos";
		// where the data is: the engine, or the SQL source's database (the aggregates run there)
		try (PreparedStatement statement = kpi.connection().prepareStatement(sql)) {
			bindStandards(statement, standards);
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					ServiceStandard standard = standards.get(row.getInt("pos"));
					long n = row.getLong("n");
					Double shortfall = AggregateQuery.number(row, "shortfall");
					// no violation among measurements: nothing falls short
					delivered.put(standard, new Delivery(n, row.getLong("met"), shortfall == null && n > 0 ? Double.valueOf(0)
							: shortfall, AggregateQuery.number(row, "mean")));
				}
			}
		}
		for (ServiceStandard standard : standards) {
			Delivery d = delivered.get(standard);
			rows.addShare(GapKind.DELIVERY, standard, "all", "compliance", d.met(), d.n());
			rows.info(GapKind.DELIVERY, standard, "all", "mean shortfall of violations (" + standard.getUnit() + ")",
					d.meanShortfall(), d.n() - d.met());
		}
		promises();
		return unknownKeys(kpi, keyColumn, standards);
	}

	/**
	 * The model's standards as a VALUES list of typed parameters: keys and numbers are bound, never written into the SQL,
	 * and nothing is created in the database (a read-only warehouse user is enough).
	 */
	private static String standardsValues(int count) {
		String row = "(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), "
				+ "CAST(? AS BOOLEAN))";
		return "VALUES " + String.join(", ", Collections.nCopies(count, row));
	}

	private static void bindStandards(PreparedStatement statement, List<ServiceStandard> standards) throws SQLException {
		for (int i = 0; i < standards.size(); i++) {
			ServiceStandard s = standards.get(i);
			int at = 5 * i;
			statement.setInt(at + 1, i);
			statement.setString(at + 2, s.effectiveDataKey());
			statement.setDouble(at + 3, s.getTarget());
			statement.setDouble(at + 4, s.getTolerance());
			statement.setBoolean(at + 5, s.getDirection() == Direction.LOWER_IS_BETTER);
		}
	}

	private void promises() {
		int kept = 0;
		int judged = 0;
		for (Communication communication : model.getCommunications()) {
			for (Promise promise : communication.getPromises()) {
				ServiceStandard standard = promise.getStandard();
				Delivery d = standard == null ? null : delivered.get(standard);
				if (d == null || d.meanValue() == null) {
					rows.info(GapKind.COMMUNICATION, promise, "all", "overpromise", null, 0);
					continue;
				}
				double over = standard.getDirection() == Direction.LOWER_IS_BETTER ? d.meanValue() - promise.getPromisedLevel()
						: promise.getPromisedLevel() - d.meanValue();
				judged++;
				kept += over <= 0 ? 1 : 0;
				Double ratio = promise.getPromisedLevel() == 0 ? null : Math.max(0, over) / Math.abs(promise.getPromisedLevel());
				rows.addRelative(GapKind.COMMUNICATION, promise, "all", "overpromise (" + standard.getUnit() + ")", over, d.n(), ratio);
			}
		}
		Double share = judged == 0 ? null : (double) kept / judged;
		rows.add(GapKind.COMMUNICATION, model, "all", "promises kept", share, null, null, null, judged,
				BadSide.SHORT_OF_ONE);
	}

	private static long unknownKeys(DataTable kpi, String keyColumn, List<ServiceStandard> standards) throws SQLException {
		List<String> keys = standards.stream().map(ServiceStandard::effectiveDataKey).filter(k -> k != null).distinct().toList();
		String key = "CAST(" + Sql.id(keyColumn) + " AS VARCHAR)";
		String known = keys.isEmpty() ? "" : " WHERE " + key + " NOT IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")";
		try (PreparedStatement statement = kpi.connection().prepareStatement("SELECT count(*) FROM " + kpi.from() + known)) {
			for (int i = 0; i < keys.size(); i++) {
				statement.setString(i + 1, keys.get(i));
			}
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}
}
