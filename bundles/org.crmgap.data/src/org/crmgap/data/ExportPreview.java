package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a data file that is a survey-tool export (a CSV file or a workbook's sheet, recognised from its header rows as
 * {@link SurveyExport#detect} does) converts to, before it is attached to a model: the line saying which export was
 * recognised and the mapping used, the first rows of the plain columns, and the answer texts it holds with their counts.
 * The Import Data wizard shows these; the conversion is the one the model's analysis runs ({@link TableLoader}).
 */
public record ExportPreview(String description, Preview preview, Map<String, Long> answerTexts) {

	/**
	 * The export preview of {@code file} (sheet {@code sheet} of a workbook; null or blank: the first) converted with
	 * {@code answers}, its first {@code rows} rows; empty when the file is no survey-tool export (or no file at all: the
	 * plain preview says why). An export that cannot be converted is an error naming the file.
	 */
	public static Optional<ExportPreview> of(DuckDbEngine engine, Path file, String sheet, AnswerTable answers, int rows)
			throws DataException {
		if (Workbooks.isWorkbook(file)) {
			// its first rows tell whether the sheet is an export: a plain sheet is not read whole for the preview
			try (SheetCsv head = SheetCsv.convert(file, sheet, 3)) {
				if (plain(head.csv())) {
					return Optional.empty();
				}
			}
			try (SheetCsv csv = SheetCsv.convert(file, sheet, Long.MAX_VALUE)) {
				try {
					return csv(engine, csv.csv(), answers, rows);
				} catch (DataException e) {
					throw csv.relocate(e);
				}
			}
		}
		if (!Files.isRegularFile(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
			return Optional.empty();
		}
		return csv(engine, file, answers, rows);
	}

	private static boolean plain(Path csv) {
		try {
			return SurveyExport.detect(csv) == ExportFormat.PLAIN;
		} catch (DataException unreadable) {
			return true; // the plain preview names the problem
		}
	}

	private static Optional<ExportPreview> csv(DuckDbEngine engine, Path csv, AnswerTable answers, int rows)
			throws DataException {
		ExportFormat format;
		try {
			format = SurveyExport.detect(csv);
		} catch (DataException unreadable) {
			// the plain preview names the problem in its established words
			return Optional.empty();
		}
		if (format == ExportFormat.PLAIN) {
			return Optional.empty();
		}
		try (SurveyExport export = SurveyExport.convert(csv, format, answers, List.of())) {
			return Optional.of(new ExportPreview(export.description(), Preview.of(engine, export.plainCsv(), rows),
					export.answerTexts()));
		} catch (IOException e) {
			throw new DataException(csv, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}
}
