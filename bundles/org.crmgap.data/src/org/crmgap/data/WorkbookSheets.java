package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheets of an .xlsx workbook: their names, and the one a data source or a command names (by name; none: the
 * first). A sheet name means nothing for a CSV or Parquet file.
 */
public final class WorkbookSheets {

	/** Excel allows 31 characters; a longer name asked for is cut in the message. */
	private static final int NAME = 40;
	private static final int SHOWN = 10;

	private WorkbookSheets() {
	}

	/** The sheet asked for: {@code sheet} without surrounding blanks, null (the first sheet) when empty or null. */
	public static String chosen(String sheet) {
		return sheet == null || sheet.isBlank() ? null : sheet.strip();
	}

	/** Whether naming {@code sheet} for {@code file} means nothing: a sheet is named and the file is no workbook. */
	public static boolean ignoredFor(Path file, String sheet) {
		return chosen(sheet) != null && !Workbooks.isWorkbook(file);
	}

	/** The names of the sheets of workbook {@code file}, in the workbook's order. */
	public static List<String> names(Path file) throws DataException {
		try (ReadableWorkbook book = open(file)) {
			return book.getSheets().map(Sheet::getName).toList();
		} catch (IOException | RuntimeException e) {
			throw SheetCsv.unreadable(file, e);
		}
	}

	/** Opens {@code file}, refused first with a one-line error when it cannot be an .xlsx workbook. */
	static ReadableWorkbook open(Path file) throws DataException, IOException {
		Workbooks.requireXlsx(file);
		// cell formats (for dates) only from a styles part: the library fails without one, and then no cell is a date
		return new ReadableWorkbook(file.toFile(), new ReadingOptions(Workbooks.hasStyles(file), false));
	}

	/**
	 * The sheet named {@code name} (see {@link #chosen}; null: the first). Excel treats names without regard to case, so
	 * "answers" finds "Answers" when no sheet is called exactly "answers".
	 */
	static Sheet sheet(Path file, ReadableWorkbook book, String name) throws DataException {
		List<Sheet> sheets = book.getSheets().toList();
		if (sheets.isEmpty()) {
			throw new DataException(file, "is a workbook without sheets");
		}
		String asked = chosen(name);
		if (asked == null) {
			return sheets.get(0);
		}
		return sheets.stream().filter(s -> asked.equals(s.getName())).findFirst()
				.or(() -> sheets.stream().filter(s -> asked.toLowerCase(Locale.ROOT).equals(s.getName().toLowerCase(Locale.ROOT)))
						.findFirst())
				.orElseThrow(() -> new DataException(file, "no sheet " + quoted(asked) + " (sheets: "
						+ quoted(sheets.stream().map(Sheet::getName).toList()) + ")"));
	}

	/** Names in double quotes, as the user types them; at most ten. */
	static String quoted(List<String> names) {
		String shown = names.stream().limit(SHOWN).map(WorkbookSheets::quoted).collect(Collectors.joining(", "));
		return names.size() > SHOWN ? shown + " and " + (names.size() - SHOWN) + " more" : shown;
	}

	private static String quoted(String name) {
		String line = name.replaceAll("\\s+", " ");
		return "\"" + (line.length() <= NAME ? line : line.substring(0, NAME - 1) + "…") + "\"";
	}
}
