package org.crmgap.data;

import java.util.List;

/**
 * A data file loaded into the engine as a table named {@link #name()}: text columns as they are, checked
 * columns as numbers (NULL where a value is missing or was excluded); {@code segment} is the column holding
 * the respondents' segments, null when the file has none.
 */
public record DataTable(String name, List<String> columns, String segment, long rows, DataFingerprint fingerprint,
		List<DataWarning> warnings) {

	public boolean has(String column) {
		return columns.contains(column);
	}
}
