package org.crmgap.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The survey tools whose CSV exports {@code crmgap survey} reads, recognised by the shape of their header rows
 * (never by the file name), and how many header rows each has before the answers.
 */
public enum ExportFormat {
	/** Row 1 column ids (Q1_1), row 2 question text, row 3 {"ImportId":"QID1_1"}. */
	QUALTRICS("Qualtrics CSV export", 3),
	/** One row of question codes with sub-questions in brackets (E[SQ001], SQ001[E1]) or LimeSurvey's own columns. */
	LIMESURVEY("LimeSurvey CSV export", 1),
	/** Row 1 question text (empty over a question's further columns, "Respondent ID"), row 2 sub-question or "Response". */
	SURVEYMONKEY("SurveyMonkey CSV export", 2),
	/** The plain wide convention: one header row of the plain column names. */
	PLAIN("plain wide CSV", 1);

	private static final Pattern BRACKETED = Pattern.compile("[A-Za-z]\\w*\\[[^\\]]+\\]");

	private final String label;
	private final int headerRows;

	ExportFormat(String label, int headerRows) {
		this.label = label;
		this.headerRows = headerRows;
	}

	public String label() {
		return label;
	}

	int headerRows() {
		return headerRows;
	}

	/** The format of a file whose first records (up to three, trimmed) are {@code rows}. */
	static ExportFormat of(List<List<String>> rows) {
		List<String> first = rows.get(0);
		if (rows.size() >= 3 && rows.get(2).stream().filter(c -> !c.isEmpty()).findFirst()
				.filter(c -> c.startsWith("{\"ImportId\"")).isPresent()) {
			return QUALTRICS;
		}
		if (rows.size() >= 2 && first.contains("Respondent ID") && rows.get(1).get(0).isEmpty()) {
			return SURVEYMONKEY;
		}
		if (first.stream().anyMatch(c -> BRACKETED.matcher(c).matches())
				|| first.containsAll(List.of("id", "submitdate", "startlanguage"))) {
			return LIMESURVEY;
		}
		return PLAIN;
	}
}
