package org.crmgap.data;

import java.util.List;

/**
 * A survey loaded into the engine as a view named {@link #name()}: {@code respondent}, {@code segment}
 * (text), and the answer columns as DOUBLE, NULL where an answer is missing or was excluded.
 */
public record SurveyTable(String name, List<String> columns, long rows, DataFingerprint fingerprint,
		List<DataWarning> warnings) {

	public boolean has(String column) {
		return columns.contains(column);
	}
}
