package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.WideCsvLoader.Exports;

/**
 * A CSV file that may be a survey-tool export: recognised from its header rows ({@link SurveyExport#detect}) and
 * converted with the answer table to a temporary plain CSV that the usual loading reads; its warnings and errors then
 * name the export and its lines, and the data read is the export (size, SHA-256). Any other file is loaded as it is.
 */
final class ExportLoading {

	private ExportLoading() {
	}

	/** Loads CSV file {@code file} through {@code plain}; {@code shown} is named in the line saying which export was recognised. */
	static DataTable load(Path file, Path shown, Exports exports, SheetCsv.CsvLoad plain) throws DataException {
		ExportFormat format = detect(file);
		if (format == ExportFormat.PLAIN) {
			return plain.load(file);
		}
		try (SurveyExport export = SurveyExport.convert(file, format, exports.answers(), exports.weightColumns())) {
			exports.notes().accept(shown + ": " + export.description());
			DataTable table;
			try {
				table = plain.load(export.plainCsv());
			} catch (DataException e) {
				// the loader names the plain columns (a missing E1, the first row's names): say what the export's became
				throw export.relocate(e, " (" + export.description() + ")");
			}
			List<DataWarning> warnings = new ArrayList<>(export.warnings());
			table.warnings().forEach(w -> warnings.add(export.relocate(w)));
			// the data read is the export itself, not the temporary plain file
			DataFingerprint read = new DataFingerprint(file.toString(), Files.size(file), table.rows(),
					DataFingerprint.sha256(file));
			return table.read(read, List.copyOf(warnings));
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	private static ExportFormat detect(Path file) {
		try {
			return SurveyExport.detect(file);
		} catch (DataException unreadable) {
			// not an export this tool can read: the plain loader reports the same problem in its established words
			return ExportFormat.PLAIN;
		}
	}
}
