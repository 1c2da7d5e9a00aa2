package org.crmgap.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plain wide column proposed for each column of a survey-tool export: a plain name kept as it is (E1,
 * SQ001[E1], VALUE_E1 of a value item); the respondent id column of each tool; a column or question called "segment"; else the item
 * battery named by the question's code (E, EXP, P, PER, D, DES, A, ADQ, W, IMP) or its text ("expect",
 * "percept", "desired", "adequate", "importance"/"points") with the sub-question's number as item, and for
 * importance points the dimension the sub-question names. Columns matching none are not used.
 */
final class ColumnProposal {

	private static final Pattern PLAIN = Pattern.compile("respondent|segment|[EPDA]\\d+|VALUE_[EP]\\d+|W_\\w+");
	private static final Set<String> RESPONDENT = Set.of("respondent", "responseid", "response id", "respondent id", "id");

	private ColumnProposal() {
	}

	/** Export column → plain column, in the export's order; an error when it gives no survey to analyse. */
	static Map<ExportColumn, String> propose(Path file, ExportFormat format, List<ExportColumn> columns,
			List<String> weightColumns) throws DataException {
		Map<ExportColumn, String> mapping = new LinkedHashMap<>();
		Map<String, ExportColumn> taken = new LinkedHashMap<>();
		for (ExportColumn column : columns) {
			String plain = plain(column, weightColumns);
			if (plain == null) {
				continue;
			}
			ExportColumn before = taken.putIfAbsent(plain, column);
			if (before != null) {
				throw new DataException(file, 0, column.label(), "cannot map this " + format.label() + ": both "
						+ before.label() + " and " + column.label() + " would be " + plain, null);
			}
			mapping.put(column, plain);
		}
		if (!taken.containsKey("respondent")) {
			throw new DataException(file, 1, null, "cannot map this " + format.label()
					+ ": no respondent id column (ResponseId, Respondent ID, id or respondent)", null);
		}
		if (taken.keySet().stream().noneMatch(p -> p.matches("[EP]\\d+"))) {
			throw new DataException(file, 1, null, "cannot map this " + format.label() + ": no column is an expectation or "
					+ "perception item (question codes E/P or question text naming expectations or perceptions)", null);
		}
		return mapping;
	}

	private static String plain(ExportColumn column, List<String> weightColumns) {
		String code = column.code().strip();
		if (PLAIN.matcher(code).matches()) {
			return code;
		}
		if (PLAIN.matcher(column.sub().strip()).matches() && !column.sub().isBlank()) {
			return column.sub().strip();
		}
		String lower = code.toLowerCase(Locale.ROOT);
		if (RESPONDENT.contains(lower)) {
			return "respondent";
		}
		if (column.question().strip().equalsIgnoreCase("segment")) {
			return "segment";
		}
		// the question's code: Qualtrics' column id without its sub-question number, LimeSurvey's code before the brackets
		String battery = battery(code.replaceAll("(_\\d+|\\[.*\\])$", ""), column.question());
		if (battery == null) {
			return null;
		}
		if (battery.equals("W")) {
			String sub = column.sub().toLowerCase(Locale.ROOT);
			return weightColumns.stream().filter(w -> sub.contains(w.substring(2).toLowerCase(Locale.ROOT))).findFirst()
					.orElse(null);
		}
		return column.number() > 0 ? battery + column.number() : null;
	}

	/** E, P, D, A or W from a question's code, else from its text; null when neither names one. */
	private static String battery(String group, String question) {
		String code = group.toUpperCase(Locale.ROOT);
		if (code.matches("[EPDAW]")) {
			return code;
		}
		for (String[] prefix : new String[][] { { "EXP", "E" }, { "PER", "P" }, { "DES", "D" }, { "ADQ", "A" },
				{ "ADE", "A" }, { "IMP", "W" } }) {
			if (code.startsWith(prefix[0])) {
				return prefix[1];
			}
		}
		String text = question.toLowerCase(Locale.ROOT);
		// desired and adequate levels first: their question text may speak of expectations too
		if (text.contains("desired")) {
			return "D";
		}
		if (text.contains("adequate") || text.contains("minimum")) {
			return "A";
		}
		if (text.contains("expect")) {
			return "E";
		}
		if (text.contains("percept")) {
			return "P";
		}
		return text.contains("importance") || text.contains("points") ? "W" : null;
	}
}
