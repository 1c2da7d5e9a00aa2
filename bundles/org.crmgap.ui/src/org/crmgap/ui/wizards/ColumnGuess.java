package org.crmgap.ui.wizards;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataRole;

/** What a role needs mapped, and the file column that most likely holds it (by name). */
final class ColumnGuess {

	private static final Map<ColumnMeaning, List<String>> NAMES = Map.of(
			ColumnMeaning.RESPONDENT, List.of("respondent", "respondent_id", "id"),
			ColumnMeaning.SEGMENT, List.of("segment", "profile", "group"),
			ColumnMeaning.KPI_STANDARD, List.of("standard", "kpi", "metric"),
			ColumnMeaning.KPI_VALUE, List.of("value", "measurement"),
			ColumnMeaning.KPI_TIMESTAMP, List.of("timestamp", "date", "week", "time"),
			ColumnMeaning.COMPONENT, List.of("component"),
			ColumnMeaning.ASSESSED_LEVEL, List.of("assessed_level", "level", "score"),
			ColumnMeaning.ASSESSOR, List.of("assessor", "rater"));

	private ColumnGuess() {
	}

	static List<ColumnMeaning> meanings(DataRole role) {
		return switch (role) {
		case CUSTOMER_SURVEY, SEGMENT_ASSIGNMENT -> List.of(ColumnMeaning.RESPONDENT, ColumnMeaning.SEGMENT);
		case MANAGEMENT_SURVEY -> List.of(ColumnMeaning.RESPONDENT);
		case KPI_MEASUREMENTS -> List.of(ColumnMeaning.KPI_STANDARD, ColumnMeaning.KPI_VALUE, ColumnMeaning.KPI_TIMESTAMP);
		case INTERNAL_ASSESSMENT -> List.of(ColumnMeaning.COMPONENT, ColumnMeaning.ASSESSED_LEVEL, ColumnMeaning.ASSESSOR);
		};
	}

	/** The index of the column that matches the meaning's usual names, or -1. */
	static int guess(ColumnMeaning meaning, List<String> columns) {
		for (String name : NAMES.getOrDefault(meaning, List.of())) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
					return i;
				}
			}
		}
		return -1;
	}
}
