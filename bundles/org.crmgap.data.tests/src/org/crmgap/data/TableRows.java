package org.crmgap.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A loaded table's rows as text ("v1|v2|…|"), by respondent: two loads of the same answers compare equal. */
final class TableRows {

	private TableRows() {
	}

	static List<String> byRespondent(DuckDbEngine engine, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement s = engine.connection().createStatement();
				ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY respondent")) {
			while (r.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
					row.append(r.getString(c)).append('|');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}
}
