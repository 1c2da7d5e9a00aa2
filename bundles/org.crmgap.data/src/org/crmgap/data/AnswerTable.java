package org.crmgap.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answer text of a survey-tool export and the scale value it stands for ("Strongly agree" → 7). Labels match
 * ignoring case and surrounding spaces; an answer written as a number is taken as that number. Any other text
 * is unknown: counted and left empty by the caller, never guessed.
 */
public final class AnswerTable {

	private static final List<String> AGREE_7 = List.of("Strongly disagree", "Disagree", "Somewhat disagree",
			"Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree");
	private static final List<String> AGREE_5 = List.of("Strongly disagree", "Disagree", "Neither agree nor disagree",
			"Agree", "Strongly agree");

	private final Map<String, String> values;

	private AnswerTable(Map<String, String> values) {
		this.values = values;
	}

	/** The common agreement labels of a 7-point (1-7) or 5-point (1-5) scale; none for another scale. */
	public static AnswerTable defaults(Scale scale) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> labels = scale.max() - scale.min() == 6 ? AGREE_7 : scale.max() - scale.min() == 4 ? AGREE_5 : List.of();
		for (int i = 0; i < labels.size(); i++) {
			values.put(key(labels.get(i)), String.valueOf(scale.min() + i));
		}
		return new AnswerTable(values);
	}

	/**
	 * This table with the lines of {@code file} added or replacing its labels: {@code label = value} per line, the
	 * value a number; empty lines and lines starting with {@code #} are skipped.
	 */
	public AnswerTable with(Path file) throws DataException {
		Map<String, String> edited = new LinkedHashMap<>(values);
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip().replace("\uFEFF", "");
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.lastIndexOf('=');
			String value = equals < 0 ? "" : line.substring(equals + 1).strip();
			if (equals <= 0 || !isNumber(value)) {
				throw new DataException(file, i + 1, null, "expected 'answer text = number', not '" + Excerpts.cell(line) + "'",
						null);
			}
			edited.put(key(line.substring(0, equals)), value);
		}
		return new AnswerTable(edited);
	}

	/**
	 * This table with {@code labels} (answer text → scale value, e.g. the labels saved on a model's data source) added
	 * or replacing its labels; a blank text or a value that is not a finite number is skipped.
	 */
	public AnswerTable with(Map<String, Double> labels) {
		Map<String, String> edited = new LinkedHashMap<>(values);
		labels.forEach((text, value) -> {
			if (text != null && !text.isBlank() && value != null && Double.isFinite(value)) {
				// 5.0 written as 5: a whole answer on a scale that takes whole numbers only
				edited.put(key(text), BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
			}
		});
		return new AnswerTable(edited);
	}

	/** The value written for {@code answer}: the empty text for an empty answer, empty when the answer is unknown. */
	public Optional<String> value(String answer) {
		String text = answer.strip();
		if (text.isEmpty() || isNumber(text)) {
			return Optional.of(text);
		}
		return Optional.ofNullable(values.get(key(text)));
	}

	/** How many labels the table holds, for the line saying which mapping was used. */
	public int size() {
		return values.size();
	}

	private static String key(String label) {
		return label.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether an answer is written as a number (taken as that number, not looked up). */
	static boolean isNumber(String text) {
		return text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
	}
}
