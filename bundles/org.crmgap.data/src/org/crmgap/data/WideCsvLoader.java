package org.crmgap.data;

import java.nio.file.Path;
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
		return loader.load(file, sheet, name, ColumnRules.wideSurvey(scale), exports);
	}
}
