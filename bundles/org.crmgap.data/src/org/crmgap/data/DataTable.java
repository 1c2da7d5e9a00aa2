package org.crmgap.data;

import java.util.List;

/**
 * A data file loaded into the engine as a table named {@link #name()}: text columns as they are, numeric
 * columns as DOUBLE (NULL where a value is missing or was excluded), and a {@code segment} column.
 */
public record DataTable(String name, List<String> columns, long rows, DataFingerprint fingerprint,
		List<DataWarning> warnings) {

	public boolean has(String column) {
		return columns.contains(column);
	}
}
