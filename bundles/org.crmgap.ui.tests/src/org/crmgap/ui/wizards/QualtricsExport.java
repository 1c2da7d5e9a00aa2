package org.crmgap.ui.wizards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plain wide survey file written as Qualtrics exports it (trimmed from the CLI tests' {@code SurveyExportFiles}, which
 * this fragment cannot see): BOM, CR LF, three header rows (column ids Q1_1…, "question - sub-question" text with a line
 * break, {"ImportId":…}), every cell quoted after the first row, answers 1..7 as the text {@code labels} give them.
 * Questions Q1..Q4 carry the E, P, D, A batteries, Q5 the importance points; the value items are not exported.
 */
final class QualtricsExport {

	private static final List<String> BATTERIES = List.of("E", "P", "D", "A");
	private static final List<String> QUESTIONS = List.of(
			"Expectations: how far would an excellent bank have each feature?\n(1 = Strongly disagree, 7 = Strongly agree)",
			"Perceptions: how far does \"our bank\" have each feature?\n(1 = Strongly disagree, 7 = Strongly agree)",
			"Desired service: the level of service you want, per feature",
			"Adequate service: the minimum level you are willing to accept, per feature");
	private static final List<String> DIMENSIONS = List.of("tangibles", "reliability", "responsiveness", "assurance", "empathy");

	private QualtricsExport() {
	}

	static void write(Path plainFile, Path file, List<String> labels) throws IOException {
		StringBuilder out = new StringBuilder("\uFEFF");
		List<List<String>> rows = rows(plainFile, labels);
		out.append(String.join(",", rows.get(0))).append("\r\n");
		rows.subList(1, rows.size()).forEach(row -> out.append(quoted(row)));
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	/** The export's rows of cells: the three header rows, then one row per respondent. */
	static List<List<String>> rows(Path plainFile, List<String> labels) throws IOException {
		List<String> lines = Files.readAllLines(plainFile, StandardCharsets.UTF_8);
		List<String> header = Arrays.asList(lines.get(0).split(",", -1));
		List<String> ids = new ArrayList<>(List.of("StartDate", "EndDate", "ResponseId"));
		List<String> texts = new ArrayList<>(List.of("Start Date", "End Date", "Response ID"));
		List<String> importIds = new ArrayList<>(List.of(importId("startDate"), importId("endDate"), importId("_recordId")));
		for (int q = 0; q < BATTERIES.size(); q++) {
			for (int item = 1; item <= 22; item++) {
				ids.add("Q" + (q + 1) + "_" + item);
				texts.add(QUESTIONS.get(q) + " - Statement " + item + " of the bank's service");
				importIds.add(importId("QID" + (q + 1) + "_" + item));
			}
		}
		for (int d = 1; d <= DIMENSIONS.size(); d++) {
			ids.add("Q5_" + d);
			texts.add("Importance: share 100 points among the five features - " + DIMENSIONS.get(d - 1));
			importIds.add(importId("QID5_" + d));
		}
		ids.add("segment");
		texts.add("segment");
		importIds.add(importId("segment"));
		List<List<String>> rows = new ArrayList<>(List.of(ids, texts, importIds));
		for (String line : lines.subList(1, lines.size())) {
			List<String> plain = Arrays.asList(line.split(",", -1)); // the example's files have no quoted fields
			List<String> row = new ArrayList<>(List.of("2026-11-02 09:14:03", "2026-11-02 09:31:40",
					"R_" + plain.get(header.indexOf("respondent"))));
			for (String battery : BATTERIES) {
				for (int item = 1; item <= 22; item++) {
					String answer = plain.get(header.indexOf(battery + item));
					row.add(answer.isEmpty() ? "" : labels.get(Integer.parseInt(answer) - 1));
				}
			}
			DIMENSIONS.forEach(d -> row.add(plain.get(header.indexOf("W_" + d))));
			row.add(plain.get(header.indexOf("segment")));
			rows.add(row);
		}
		return rows;
	}

	private static String importId(String id) {
		return "{\"ImportId\":\"" + id + "\"}";
	}

	/** A row of cells, each non-empty one quoted as Qualtrics does after its first row. */
	private static String quoted(List<String> cells) {
		return cells.stream().map(c -> c.isEmpty() ? "" : "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))
				+ "\r\n";
	}
}
