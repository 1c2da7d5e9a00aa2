package org.crmgap.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a survey-tool export as its header rows describe it: its position, its code (Qualtrics' column id,
 * LimeSurvey's question code, SurveyMonkey's question text), the question's text without the sub-question, the
 * sub-question (LimeSurvey's bracketed code, SurveyMonkey's second row) and its number within the question (0: none).
 */
record ExportColumn(int index, String code, String question, String sub, int number) {

	/** The columns named by the header rows of a file in {@code format}. */
	static List<ExportColumn> of(ExportFormat format, List<List<String>> rows) {
		List<String> first = rows.get(0);
		List<ExportColumn> columns = new ArrayList<>();
		String question = "";
		int number = 0;
		for (int i = 0; i < first.size(); i++) {
			String code = first.get(i);
			switch (format) {
			case QUALTRICS -> {
				// row 2 holds "question - sub-question"; the column id ends with the sub-question's number
				String text = cell(rows.get(1), i);
				int dash = text.indexOf(" - ");
				int underscore = code.lastIndexOf('_');
				columns.add(new ExportColumn(i, code, dash < 0 ? text : text.substring(0, dash),
						dash < 0 ? "" : text.substring(dash + 3), underscore < 0 ? 0 : digits(code.substring(underscore + 1))));
			}
			case LIMESURVEY -> {
				int open = code.indexOf('[');
				String sub = open > 0 && code.endsWith("]") ? code.substring(open + 1, code.length() - 1) : "";
				columns.add(new ExportColumn(i, code, open > 0 ? code.substring(0, open) : code, sub, digits(sub)));
			}
			case SURVEYMONKEY -> {
				// a question's further columns leave row 1 empty: they belong to the question on their left
				if (!code.isEmpty() || i == 0) {
					question = code;
					number = 0;
				}
				number++;
				columns.add(new ExportColumn(i, question, question, cell(rows.get(1), i), number));
			}
			default -> columns.add(new ExportColumn(i, code, code, "", 0));
			}
		}
		return columns;
	}

	/** How the column is named in the line saying which mapping was used. */
	String label() {
		return code.length() <= 20 && !code.contains("\n") ? code : "column " + (index + 1);
	}

	private static String cell(List<String> row, int i) {
		return i < row.size() ? row.get(i) : "";
	}

	/** The number in a sub-question code such as SQ001 or 12, 0 when it has none. */
	private static int digits(String text) {
		String digits = text.replaceAll("\\D", "");
		return digits.isEmpty() || digits.length() > 4 ? 0 : Integer.parseInt(digits);
	}
}
