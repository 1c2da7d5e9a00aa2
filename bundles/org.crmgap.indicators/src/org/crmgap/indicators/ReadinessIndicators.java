package org.crmgap.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.data.DataTable;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.emf.ecore.EObject;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;

/**
 * DIE internal gaps: each CRM component's shortfall (required − assessed; the assessment data when
 * attached, else the level entered in the model), per unit and overall, and coherence: the spread
 * (sample standard deviation) of shortfalls across components and across units.
 */
final class ReadinessIndicators {

	record Assessed(double level, long n) {
	}

	private final GapModel model;
	private final IndicatorRows rows;

	ReadinessIndicators(GapModel model, IndicatorRows rows) {
		this.model = model;
		this.rows = rows;
	}

	void compute(DataTable assessment, String keyColumn, String levelColumn) throws SQLException {
		Map<String, Assessed> assessed = assessment == null ? Map.of() : read(assessment, keyColumn, levelColumn);
		List<CrmComponent> components = new ArrayList<>();
		model.eAllContents().forEachRemaining(e -> {
			if (e instanceof CrmComponent c) {
				components.add(c);
			}
		});
		Map<CrmComponent, Double> shortfalls = new HashMap<>();
		DescriptiveStatistics overall = new DescriptiveStatistics();
		for (CrmComponent component : components) {
			Assessed a = assessed.get(component.effectiveDataKey());
			Double level = a != null ? Double.valueOf(a.level()) : component.getAssessedLevel();
			Double shortfall = level == null ? null : component.getRequiredLevel() - level;
			rows.add(GapKind.COMPONENT_READINESS, component, "all", "component shortfall", shortfall, null, null, null,
					a != null ? a.n() : level == null ? 0 : 1, BadSide.ABOVE_ZERO);
			if (shortfall != null) {
				shortfalls.put(component, shortfall);
				overall.addValue(shortfall);
			}
		}
		DescriptiveStatistics units = new DescriptiveStatistics();
		model.eAllContents().forEachRemaining(e -> {
			if (e instanceof OrganisationUnit unit) {
				DescriptiveStatistics own = new DescriptiveStatistics();
				unit.getComponents().stream().filter(shortfalls::containsKey).forEach(c -> own.addValue(shortfalls.get(c)));
				if (own.getN() > 0) {
					rows.add(GapKind.COMPONENT_READINESS, unit, "all", "unit shortfall", own.getMean(), null, null, null,
							own.getN(), BadSide.ABOVE_ZERO);
					units.addValue(own.getMean());
				}
			}
		});
		EObject whole = model;
		rows.add(GapKind.COMPONENT_READINESS, whole, "all", "overall shortfall", mean(overall), null, null, null,
				overall.getN(), BadSide.ABOVE_ZERO);
		rows.add(GapKind.COHERENCE, whole, "all", "readiness spread across components", spread(overall), null, null, null,
				overall.getN(), BadSide.ABOVE_ZERO);
		rows.add(GapKind.COHERENCE, whole, "all", "readiness spread across units", spread(units), null, null, null,
				units.getN(), BadSide.ABOVE_ZERO);
	}

	private static Double mean(DescriptiveStatistics s) {
		return s.getN() == 0 ? null : s.getMean();
	}

	private static Double spread(DescriptiveStatistics s) {
		return s.getN() < 2 ? null : s.getStandardDeviation();
	}

	private Map<String, Assessed> read(DataTable table, String keyColumn, String levelColumn) throws SQLException {
		Map<String, Assessed> result = new HashMap<>();
		String sql = "SELECT CAST(" + Sql.id(keyColumn) + " AS VARCHAR) AS key, avg(" + Sql.id(levelColumn) + ") AS level, count("
				+ Sql.id(levelColumn) + ") AS n FROM " + table.from() + " GROUP BY 1 HAVING count(" + Sql.id(levelColumn) + ") > 0";
		// where the data is: the engine, or the SQL source's database
		try (Statement statement = table.connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
			while (row.next()) {
				result.put(row.getString("key"), new Assessed(row.getDouble("level"), row.getLong("n")));
			}
		}
		return result;
	}
}
