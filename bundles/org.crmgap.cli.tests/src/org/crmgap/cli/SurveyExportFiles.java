package org.crmgap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes the answers of a plain wide survey (the R fixture {@code survey-ref.csv}) as the survey tools export
 * them, with their quirks: Qualtrics (BOM, three header rows, question text with line breaks, ImportId JSON, answer
 * text), LimeSurvey (BOM, semicolons, codes such as {@code E[SQ001]} or {@code SERV[E1]}, answer text or codes) and
 * SurveyMonkey (two header rows, answer text, CR LF, a trailing empty column). The items' statements follow SERVQUAL.
 */
final class SurveyExportFiles {

	static final List<String> AGREE_7 = List.of("Strongly disagree", "Disagree", "Somewhat disagree",
			"Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree");
	static final List<String> DIMENSIONS = List.of("tangibles", "reliability", "responsiveness", "assurance", "empathy");
	private static final String[] BATTERIES = { "E", "P", "D", "A" };
	private static final Map<String, String> QUESTIONS = Map.of(
			"E", "Expectations: how far would an excellent bank have each feature?\n(1 = Strongly disagree, 7 = Strongly agree)",
			"P", "Perceptions: how far does \"our bank\" have each feature?\n(1 = Strongly disagree, 7 = Strongly agree)",
			"D", "Desired service: the level of service you want, per feature",
			"A", "Adequate service: the minimum level you are willing to accept, per feature",
			"W", "Importance: share 100 points among the five features");

	/** The answers of a plain survey: its header and its rows of fields. */
	record Plain(List<String> header, List<List<String>> rows) {

		static Plain read(Path file) throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return new Plain(split(lines.get(0)), lines.stream().skip(1).map(Plain::split).toList());
		}

		private static List<String> split(String line) {
			return Arrays.asList(line.split(",", -1)); // the fixture has no quoted fields
		}

		String cell(int row, String column) {
			return rows.get(row).get(header.indexOf(column));
		}
	}

	private SurveyExportFiles() {
	}

	static String statement(int item) {
		return ItemStatements.TEXT.get(item - 1);
	}

	/** An answer 1..7 as its agreement label (empty stays empty); {@code labels} the 7 labels. */
	static String label(String answer, List<String> labels) {
		return answer.isEmpty() ? "" : labels.get(Integer.parseInt(answer) - 1);
	}

	static void qualtrics(Plain plain, Path file, List<String> labels) throws IOException {
		List<String> meta = List.of("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
				"Finished", "RecordedDate", "ResponseId", "DistributionChannel", "UserLanguage");
		List<String> ids = new ArrayList<>(meta);
		List<String> texts = new ArrayList<>(List.of("Start Date", "End Date", "Response Type", "IP Address", "Progress",
				"Duration (in seconds)", "Finished", "Recorded Date", "Response ID", "Distribution Channel", "User Language"));
		List<String> importIds = new ArrayList<>(Stream.of("startDate", "endDate", "status", "ipAddress", "progress",
				"duration", "finished", "recordedDate", "_recordId", "distributionChannel", "userLanguage")
				.map(m -> "{\"ImportId\":\"" + m + "\"" + (m.endsWith("Date") ? ",\"timeZone\":\"Europe/Berlin\"" : "") + "}")
				.toList());
		forEachColumn((question, battery, number, sub) -> {
			ids.add("Q" + question + "_" + number);
			texts.add(QUESTIONS.get(battery) + " - " + sub);
			importIds.add("{\"ImportId\":\"QID" + question + "_" + number + "\"}");
		});
		ids.add("segment");
		texts.add("segment");
		importIds.add("{\"ImportId\":\"segment\"}");
		List<List<String>> rows = new ArrayList<>(List.of(ids, texts, importIds));
		for (int r = 0; r < plain.rows().size(); r++) {
			List<String> row = new ArrayList<>(List.of("2026-11-02 09:14:03", "2026-11-02 09:31:40", "IP Address", "",
					"100", "1057", "True", "2026-11-02 09:31:41", "R_" + plain.cell(r, "respondent"), "anonymous", "EN"));
			row.addAll(answers(plain, r, a -> labels.get(a - 1)));
			row.add(plain.cell(r, "segment"));
			rows.add(row);
		}
		write(file, true, ',', "\r\n", rows, false, true);
	}

	/** {@code codes}: true for SERV[E1]-style codes with answer codes (numbers), false for E[SQ001] with answer text. */
	static void limeSurvey(Plain plain, Path file, boolean codes) throws IOException {
		List<String> header = new ArrayList<>(List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "segment"));
		forEachColumn((question, battery, number, sub) -> header.add(codes
				? "SERV[" + (battery.equals("W") ? "W_" + DIMENSIONS.get(number - 1) : battery + number) + "]"
				: battery + "[" + (battery.equals("W") ? DIMENSIONS.get(number - 1) : String.format("SQ%03d", number)) + "]"));
		// value items, if the plain survey has them, under their plain names as sub-question codes (SERV[VALUE_E1])
		List<String> values = codes ? plain.header().stream().filter(c -> c.matches("VALUE_[EP]\\d+")).toList() : List.of();
		values.forEach(v -> header.add("SERV[" + v + "]"));
		List<List<String>> rows = new ArrayList<>(List.of(header));
		for (int r = 0; r < plain.rows().size(); r++) {
			List<String> row = new ArrayList<>(List.of(String.valueOf(r + 1), "2026-11-02 09:31:41", "3", "en",
					String.valueOf(1234567 + r), plain.cell(r, "segment")));
			row.addAll(answers(plain, r, a -> codes ? String.valueOf(a) : AGREE_7.get(a - 1)));
			for (String v : values) {
				row.add(plain.cell(r, v));
			}
			rows.add(row);
		}
		write(file, true, ';', "\n", rows, false, false);
	}

	static void surveyMonkey(Plain plain, Path file) throws IOException {
		List<String> first = new ArrayList<>(List.of("Respondent ID", "Collector ID", "Start Date", "End Date",
				"IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1", "Segment"));
		List<String> second = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "Response"));
		forEachColumn((question, battery, number, sub) -> {
			first.add(number == 1 ? QUESTIONS.get(battery) : "");
			second.add(sub);
		});
		List<List<String>> rows = new ArrayList<>(List.of(first, second));
		for (int r = 0; r < plain.rows().size(); r++) {
			List<String> row = new ArrayList<>(List.of(String.valueOf(11400000000L + r * 7), "238411234",
					"11/02/2026 09:14:03 AM", "11/02/2026 09:31:40 AM", "", "", "", "", "", plain.cell(r, "segment")));
			// SurveyMonkey capitalises each word of its agreement labels
			row.addAll(answers(plain, r, a -> Arrays.stream(AGREE_7.get(a - 1).split(" "))
					.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "))));
			rows.add(row);
		}
		write(file, false, ',', "\r\n", rows, true, false);
	}

	/** A column of the export: its question's number (1..5), its battery (E, P, D, A, W), its number, its sub-question. */
	private interface Column {
		void add(int question, String battery, int number, String sub);
	}

	private static void forEachColumn(Column column) {
		for (int q = 0; q < BATTERIES.length; q++) {
			for (int item = 1; item <= 22; item++) {
				column.add(q + 1, BATTERIES[q], item, statement(item));
			}
		}
		for (int d = 1; d <= DIMENSIONS.size(); d++) {
			String name = DIMENSIONS.get(d - 1);
			column.add(5, "W", d, Character.toUpperCase(name.charAt(0)) + name.substring(1));
		}
	}

	/** Row {@code r}'s answers in the order of {@link #forEachColumn}: E, P, D, A as {@code text}, the points as numbers. */
	private static List<String> answers(Plain plain, int r, IntFunction<String> text) {
		List<String> cells = new ArrayList<>();
		for (String battery : BATTERIES) {
			IntStream.rangeClosed(1, 22).mapToObj(i -> plain.cell(r, battery + i))
					.forEach(a -> cells.add(a.isEmpty() ? "" : text.apply(Integer.parseInt(a))));
		}
		DIMENSIONS.forEach(d -> cells.add(plain.cell(r, "W_" + d)));
		return cells;
	}

	private static void write(Path file, boolean bom, char delimiter, String lineEnd, List<List<String>> rows,
			boolean trailingEmpty, boolean quoteAfterFirstRow) throws IOException {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		for (List<String> row : rows) {
			boolean all = quoteAfterFirstRow && row != rows.get(0);
			text.append(row.stream().map(c -> all && !c.isEmpty() ? "\"" + c.replace("\"", "\"\"") + "\"" : quoted(c, delimiter))
					.collect(Collectors.joining(String.valueOf(delimiter))));
			text.append(trailingEmpty ? String.valueOf(delimiter) : "").append(lineEnd);
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** Quoted where needed: a cell with a delimiter, quote or line end (Qualtrics quotes every cell after its first row). */
	private static String quoted(String cell, char delimiter) {
		boolean plain = cell.chars().noneMatch(c -> c == delimiter || c == '"' || c == '\n' || c == '\r');
		return plain ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
	}
}
