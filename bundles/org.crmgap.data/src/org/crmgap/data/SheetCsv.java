package org.crmgap.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an .xlsx workbook written to a temporary CSV file (deleted on {@link #close()}) that the usual CSV
 * loading reads, so every check and message is the CSV file's; {@link #relocate} makes them name the workbook and the
 * sheet's row. The sheet's first non-empty row is the header; empty rows are skipped, trailing empty cells ignored.
 * Rows are streamed: the sheet is never held in memory (the shared strings table is).
 */
final class SheetCsv implements AutoCloseable {

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	private final Path file;
	private final Path csv;
	/** The sheet row of each CSV line: line L (1 the header) is row {@code rows[L - 1]}. */
	private final long[] rows;

	private SheetCsv(Path file, Path csv, long[] rows) {
		this.file = file;
		this.csv = csv;
		this.rows = rows;
	}

	/** How a CSV file is loaded as a table. */
	interface CsvLoad {
		DataTable load(Path csv) throws DataException;
	}

	/**
	 * Loads sheet {@code sheetName} (null or blank: the first) of workbook {@code file} through {@code load} on its CSV, the table
	 * and any problem naming the workbook and its rows.
	 */
	static DataTable load(Path file, String sheetName, CsvLoad load) throws DataException {
		try (SheetCsv sheet = convert(file, sheetName, Long.MAX_VALUE)) {
			try {
				return sheet.relocate(load.load(sheet.csv()));
			} catch (DataException e) {
				throw sheet.relocate(e);
			}
		}
	}

	/** The sheet named {@code sheetName} (null or blank: the first sheet) of {@code file}, its first {@code maxDataRows} data rows. */
	static SheetCsv convert(Path file, String sheetName, long maxDataRows) throws DataException {
		Path csv = null;
		try (ReadableWorkbook book = WorkbookSheets.open(file)) {
			Sheet sheet = WorkbookSheets.sheet(file, book, sheetName);
			csv = Files.createTempFile("crmgap-sheet-", ".csv");
			long[] rows = write(file, book, sheet, csv, maxDataRows);
			return new SheetCsv(file, csv, rows);
		} catch (DataException e) {
			TempFiles.deleteAfterFailure(csv, e);
			throw e;
		} catch (IOException | RuntimeException e) {
			TempFiles.deleteAfterFailure(csv, e);
			throw unreadable(file, e);
		}
	}

	/** The library's failures on a damaged or hostile file (unchecked ones too) as this file's one-line problem. */
	static DataException unreadable(Path file, Exception e) {
		return new DataException(file, 0, null, "cannot be read as an .xlsx workbook: " + excerpt(e), e);
	}

	private static long[] write(Path file, ReadableWorkbook book, Sheet sheet, Path csv, long maxDataRows)
			throws IOException, DataException {
		long[] rows = new long[64];
		int lines = 0;
		int width = 0;
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); Stream<Row> stream = sheet.openStream()) {
			for (Iterator<Row> it = stream.iterator(); it.hasNext() && lines <= maxDataRows;) {
				Row row = it.next();
				List<String> cells = cells(row, book.isDate1904());
				if (cells.isEmpty()) {
					continue;
				}
				if (lines == 0) {
					width = cells.size();
				} else if (cells.size() > width) {
					throw new DataException(file, row.getRowNum(), null, "a value in column " + column(cells.size())
							+ ", right of the header row's last column " + column(width) + " (row " + rows[0] + ")", null);
				}
				while (cells.size() < width) {
					cells.add("");
				}
				out.write(cells.stream().map(SheetCsv::quoted).collect(Collectors.joining(",")) + "\n");
				if (lines == rows.length) {
					rows = Arrays.copyOf(rows, lines * 2);
				}
				rows[lines++] = row.getRowNum();
			}
		}
		if (lines == 0) {
			throw new DataException(file, "sheet '" + sheet.getName() + "' is empty: a header row is expected");
		}
		return Arrays.copyOf(rows, lines);
	}

	/** The row's cells as text, up to its last non-empty one. */
	private static List<String> cells(Row row, boolean date1904) {
		List<String> cells = new ArrayList<>();
		int last = -1;
		for (int c = 0; c < row.getCellCount(); c++) {
			String text = XlsxCells.text(row.getCell(c), date1904);
			cells.add(text);
			if (!text.isBlank()) {
				last = c;
			}
		}
		return new ArrayList<>(cells.subList(0, last + 1));
	}

	/** A line break inside a cell becomes a space: one CSV line per sheet row keeps the rows named in messages exact. */
	private static String quoted(String cell) {
		return CsvCells.quoted(LINE_BREAK.matcher(cell).replaceAll(" "));
	}

	/** The sheet's column letters of 1-based column {@code n}: 1 A, 27 AA. */
	static String column(int n) {
		StringBuilder letters = new StringBuilder();
		for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
			letters.insert(0, (char) ('A' + (rest - 1) % 26));
		}
		return letters.toString();
	}

	private static String excerpt(Exception e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		String first = message.lines().findFirst().orElse("").strip();
		return first.length() <= EngineMessages.MAX_LENGTH ? first : first.substring(0, EngineMessages.MAX_LENGTH) + "…";
	}


	/** The temporary CSV file to load. */
	Path csv() {
		return csv;
	}

	/** The sheet row of CSV line {@code line}, 0 when not tied to one. */
	long row(long line) {
		return line >= 1 && line <= rows.length ? rows[(int) (line - 1)] : 0;
	}

	/** An error about the CSV file as one about the workbook: its file and sheet row. */
	DataException relocate(DataException error) {
		if (!csv.equals(error.getFile())) {
			return error;
		}
		String prefix = DataException.format(String.valueOf(error.getFile()), error.getLine(), error.getColumn(), "");
		String problem = error.getMessage().startsWith(prefix) ? error.getMessage().substring(prefix.length())
				: error.getMessage();
		// "(first at line 2)" of a duplicate id names a line of the CSV file too
		problem = FirstAt.relocate(problem, n -> "(first at line " + row(n) + ")");
		return new DataException(file, row(error.getLine()), error.getColumn(), problem, error);
	}

	/** The table as read from the workbook: warnings naming it and its rows, the workbook's size and SHA-256. */
	DataTable relocate(DataTable table) throws DataException {
		List<DataWarning> warnings = table.warnings().stream().map(w -> csv.toString().equals(w.file()) ? new DataWarning(
				file.toString(), w.column(), w.count(), row(w.firstLine()), w.firstValue(), w.problem(), w.outcome()) : w)
				.toList();
		try {
			DataFingerprint read = new DataFingerprint(file.toString(), Files.size(file), table.rows(),
					DataFingerprint.sha256(file));
			return table.read(read, warnings);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws DataException {
		try {
			Files.deleteIfExists(csv);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "its temporary CSV copy " + csv + " cannot be deleted: " + e.getMessage(), e);
		}
	}
}
