package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads a plain wide survey CSV ({@code respondent, segment, E1.., P1.., D1.., A1.., W_<dimension>};
 * managers: {@code M1..}; value items {@code VALUE_E1.., VALUE_P1..}) into the engine; with {@link Exports}, also a
 * survey tool's CSV export, recognised from its header rows and converted to the plain convention first. An .xlsx
 * workbook's sheet (the first, or one by name) is read as the CSV file of its cells.
 */
public final class WideCsvLoader {

	/**
	 * How survey-tool exports are read: the answer table, the importance-point columns of the plain convention
	 * (W_tangibles, ...), and who hears the line saying which format was recognised and the mapping used.
	 */
	public record Exports(AnswerTable answers, List<String> weightColumns, Consumer<String> notes) {
	}

	private final TableLoader loader;
	private final Scale scale;
	private final Exports exports;

	public WideCsvLoader(DuckDbEngine engine, Scale scale) {
		this(engine, scale, null);
	}

	/** A loader that reads exports too; {@code exports} null: plain files only. */
	public WideCsvLoader(DuckDbEngine engine, Scale scale, Exports exports) {
		this.loader = new TableLoader(engine);
		this.scale = scale;
		this.exports = exports;
	}

	/** Loads {@code file} as view {@code name} (a plain identifier chosen by the caller); a workbook by its first sheet. */
	public DataTable load(Path file, String name) throws DataException {
		return load(file, null, name);
	}

	/** Loads {@code file} as view {@code name}; a workbook by its sheet {@code sheet} (null or blank: the first). */
	public DataTable load(Path file, String sheet, String name) throws DataException {
		if (!Workbooks.isWorkbook(file)) {
			return loadCsv(file, file, name);
		}
		// the sheet as a CSV file, then recognised and checked as one
		return SheetCsv.load(file, sheet, csv -> loadCsv(csv, file, name));
	}

	/** Loads CSV file {@code file}, which is {@code shown} in the line naming a recognised export. */
	private DataTable loadCsv(Path file, Path shown, String name) throws DataException {
		ExportFormat format = exports == null ? ExportFormat.PLAIN : detect(file);
		if (format == ExportFormat.PLAIN) {
			return loader.load(file, name, ColumnRules.wideSurvey(scale));
		}
		try (SurveyExport export = SurveyExport.convert(file, format, exports.answers(), exports.weightColumns())) {
			exports.notes().accept(shown + ": " + export.description());
			DataTable table;
			try {
				table = loader.load(export.plainCsv(), name, ColumnRules.wideSurvey(scale));
			} catch (DataException e) {
				throw export.relocate(e);
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
