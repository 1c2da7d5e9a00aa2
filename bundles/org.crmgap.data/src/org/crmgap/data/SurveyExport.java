package org.crmgap.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A survey-tool export converted to the plain wide convention: the mapped columns written to a temporary plain
 * CSV (deleted on {@link #close()}) that the usual loader reads, answer text replaced by its scale value from an
 * {@link AnswerTable}. Unknown answers are left empty and counted as warnings naming the export's column and line.
 */
public final class SurveyExport implements AutoCloseable {

	/** The plain columns whose cells are answers on the scale, read through the answer table. */
	private static final Pattern ANSWER = Pattern.compile("([EPDA]|VALUE_[EP])\\d+");

	private final Path file;
	private final Path plain;
	private final String description;
	private final List<DataWarning> warnings;
	private final Map<String, Long> texts;
	/** The export's line of each plain data row: the plain file's line L is the export's {@code lines[L - 2]}. */
	private final long[] lines;

	private SurveyExport(Path file, Path plain, String description, List<DataWarning> warnings, Map<String, Long> texts,
			long[] lines) {
		this.file = file;
		this.plain = plain;
		this.description = description;
		this.warnings = warnings;
		this.texts = texts;
		this.lines = lines;
	}

	/** The format of {@code file}, from its header rows; {@link ExportFormat#PLAIN} when it is no known export. */
	public static ExportFormat detect(Path file) throws DataException {
		List<CsvRecords.Row> rows = ExportRecords.read(file, 3);
		return ExportFormat.of(rows.stream().map(CsvRecords.Row::fields).toList());
	}

	/**
	 * Converts an export of a known format (see {@link #detect}): its columns mapped by {@link ColumnProposal},
	 * {@code weightColumns} the importance-point columns of the plain convention (W_tangibles, ...).
	 */
	public static SurveyExport convert(Path file, ExportFormat format, AnswerTable answers, List<String> weightColumns)
			throws DataException {
		List<List<String>> header = ExportRecords.read(file, format.headerRows()).stream().map(CsvRecords.Row::fields)
				.toList();
		if (header.size() < format.headerRows()) {
			throw new DataException(file, 0, null, "has fewer than the " + format.headerRows() + " header rows of a "
					+ format.label(), null);
		}
		List<ExportColumn> columns = ExportColumn.of(format, header);
		Map<ExportColumn, String> mapping = ColumnProposal.propose(file, format, columns, weightColumns);
		Map<ExportColumn, Unknown> unknown = new LinkedHashMap<>();
		AnswerTexts texts = new AnswerTexts();
		List<Long> lines = new ArrayList<>();
		int[] records = { 0 };
		Path plain = null;
		try {
			plain = Files.createTempFile("crmgap-export-", ".csv");
			try (Writer out = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
				out.write(String.join(",", mapping.values().stream().map(CsvCells::quoted).toList()) + "\n");
				// the answers row by row as they are read: an export of any size is never held in memory
				ExportRecords.each(file, Long.MAX_VALUE, row -> {
					if (records[0]++ >= format.headerRows()) {
						lines.add(row.line());
						out.write(row(row, mapping, answers, unknown, texts) + "\n");
					}
				});
			}
			if (lines.isEmpty()) {
				throw new DataException(file, 0, null, "has the header rows of a " + format.label() + " but no answers", null);
			}
		} catch (IOException e) {
			TempFiles.deleteAfterFailure(plain, e);
			throw new DataException(file, 0, null, "cannot be converted to a plain CSV: " + e.getMessage(), e);
		} catch (DataException | RuntimeException e) {
			TempFiles.deleteAfterFailure(plain, e);
			throw e;
		}
		List<DataWarning> warnings = new ArrayList<>();
		// in the export's column order, as the plain loader lists its warnings
		unknown.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(ExportColumn::index)))
				.forEach(e -> warnings.add(new DataWarning(file.toString(), e.getKey().label() + " (" + mapping.get(e.getKey())
						+ ")", e.getValue().count, e.getValue().line, Excerpts.cell(e.getValue().value),
						"answers not in the answer table", "left empty")));
		return new SurveyExport(file, plain, format.label() + " recognised; " + ExportMapping.describe(mapping, columns)
				+ "; answer text by a table of " + answers.size() + " labels", List.copyOf(warnings), texts.counts(),
				lines.stream().mapToLong(Long::longValue).toArray());
	}

	private static String row(CsvRecords.Row row, Map<ExportColumn, String> mapping, AnswerTable answers,
			Map<ExportColumn, Unknown> unknown, AnswerTexts texts) {
		List<String> fields = row.fields();
		List<String> out = new ArrayList<>();
		for (Map.Entry<ExportColumn, String> column : mapping.entrySet()) {
			int index = column.getKey().index();
			String cell = index < fields.size() ? fields.get(index) : "";
			String value = cell;
			if (ANSWER.matcher(column.getValue()).matches()) {
				texts.add(cell);
				value = answers.value(cell).orElse(null);
				if (value == null) {
					unknown.computeIfAbsent(column.getKey(), c -> new Unknown(row.line(), cell)).count++;
					value = "";
				}
			}
			out.add(CsvCells.quoted(value));
		}
		return String.join(",", out);
	}

	/** Where an answer was first unknown, and how many were. */
	private static final class Unknown {
		final long line;
		final String value;
		long count;

		Unknown(long line, String value) {
			this.line = line;
			this.value = value;
		}
	}

	/** The answer texts of the item columns (not numbers, not empty), each with how often it occurs. */
	private static final class AnswerTexts {
		/** The first spelling of each text, by its key: texts are matched ignoring case and surrounding spaces. */
		private final Map<String, String> spellings = new LinkedHashMap<>();
		private final Map<String, Long> counts = new LinkedHashMap<>();

		void add(String cell) {
			String text = cell.strip();
			if (!text.isEmpty() && !AnswerTable.isNumber(text)) {
				counts.merge(spellings.computeIfAbsent(text.toLowerCase(Locale.ROOT), k -> text), 1L, Long::sum);
			}
		}

		Map<String, Long> counts() {
			return Collections.unmodifiableMap(counts);
		}
	}

	/** The temporary plain CSV to load. */
	public Path plainCsv() {
		return plain;
	}

	/** One line: the format recognised and the mapping used. */
	public String description() {
		return description;
	}

	/** The answers that the answer table does not know, per export column. */
	public List<DataWarning> warnings() {
		return warnings;
	}

	/**
	 * Each answer text of the item columns (answers written as numbers left out), as first spelled, with how often it
	 * occurs, in the order first met; texts differing only in case or surrounding spaces count as one, as the table matches them.
	 */
	public Map<String, Long> answerTexts() {
		return texts;
	}

	/** A warning about the plain CSV, as one about the export: its file and line. */
	public DataWarning relocate(DataWarning warning) {
		return new DataWarning(file.toString(), warning.column(), warning.count(), exportLine(warning.firstLine()),
				warning.firstValue(), warning.problem(), warning.outcome());
	}

	/** An error about the plain CSV, as one about the export: its file and line. */
	public DataException relocate(DataException error) {
		return relocate(error, "");
	}

	/** {@link #relocate(DataException)} with {@code note} after the problem. */
	DataException relocate(DataException error, String note) {
		String prefix = DataException.format(String.valueOf(error.getFile()), error.getLine(), error.getColumn(), "");
		String problem = error.getMessage().startsWith(prefix) ? error.getMessage().substring(prefix.length())
				: error.getMessage();
		// a duplicate id's first line is one of the plain file too
		problem = FirstAt.relocate(problem, n -> "(first at line " + exportLine(n) + ")");
		return new DataException(file, exportLine(error.getLine()), error.getColumn(), problem + note, error);
	}

	private long exportLine(long plainLine) {
		return plainLine >= 2 && plainLine - 2 < lines.length ? lines[(int) (plainLine - 2)] : 0;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(plain);
	}
}
