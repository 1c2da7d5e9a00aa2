package org.crmgap.validation;

import java.util.List;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataRole;

/** The columns each kind of data source must map for the analyses to read it. */
final class RequiredMappings {

	private RequiredMappings() {
	}

	static List<ColumnMeaning> of(DataRole role) {
		return switch (role) {
		case CUSTOMER_SURVEY, MANAGEMENT_SURVEY -> List.of(ColumnMeaning.RESPONDENT);
		case KPI_MEASUREMENTS -> List.of(ColumnMeaning.KPI_STANDARD, ColumnMeaning.KPI_VALUE);
		case INTERNAL_ASSESSMENT -> List.of(ColumnMeaning.COMPONENT, ColumnMeaning.ASSESSED_LEVEL);
		case SEGMENT_ASSIGNMENT -> List.of(ColumnMeaning.RESPONDENT, ColumnMeaning.SEGMENT);
		};
	}

	static boolean needsInstrument(DataRole role) {
		return role == DataRole.CUSTOMER_SURVEY || role == DataRole.MANAGEMENT_SURVEY;
	}
}
