package org.crmgap.data;

import java.sql.Connection;
import java.util.List;

/**
 * Data loaded as a table named {@link #name()}: text columns as they are, checked columns as numbers (NULL where a
 * value is missing or was excluded); {@code segment} is the column holding the respondents' segments, null when the
 * data has none. It is queried on {@code connection} as {@link #from()}: the engine's table for a file, the source's
 * own query as a subquery for a SQL source ({@link QueryTables}), so its aggregates run where the data is.
 */
public record DataTable(String name, String from, Connection connection, List<String> columns, String segment, long rows,
		DataFingerprint fingerprint, List<DataWarning> warnings) {

	/** A file loaded into the engine as table {@code name}. */
	public DataTable(String name, Connection connection, List<String> columns, String segment, long rows,
			DataFingerprint fingerprint, List<DataWarning> warnings) {
		this(name, name, connection, columns, segment, rows, fingerprint, warnings);
	}

	public boolean has(String column) {
		return columns.contains(column);
	}

	/** The same table, as read from another file (an export, a workbook) with its warnings. */
	DataTable read(DataFingerprint read, List<DataWarning> relocated) {
		return new DataTable(name, from, connection, columns, segment, rows, read, relocated);
	}
}
