package org.crmgap.cli;

import java.nio.file.Path;

import org.crmgap.data.DataException;
import org.crmgap.data.WorkbookSheets;

import picocli.CommandLine.Option;

/** The {@code --sheet} option of the commands that read a data file directly: which sheet of an .xlsx workbook. */
class SheetOption {

	@Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an .xlsx workbook to read, by name "
			+ "(default: the first sheet)")
	String sheet;

	/** A data file and the sheet to read of it (null: the first, or the file is no workbook). */
	record Input(Path file, String sheet) {
	}

	/** {@code file} with the sheet of {@code --sheet}. */
	Input of(Path file) throws DataException {
		return of(file, sheet, "--sheet");
	}

	/** {@code file} with {@code sheet}, given by {@code option}; a sheet named for a CSV or Parquet file is an error. */
	static Input of(Path file, String sheet, String option) throws DataException {
		if (file == null) {
			if (WorkbookSheets.chosen(sheet) != null) {
				throw new IllegalArgumentException(option + " names a sheet of no file");
			}
			return null;
		}
		if (WorkbookSheets.ignoredFor(file, sheet)) {
			// silently reading the whole file would hide that the user meant another file
			throw new DataException(file, "is not an .xlsx workbook, so it has no sheet \"" + sheet.strip() + "\": " + option
					+ " is for workbooks only");
		}
		return new Input(file, WorkbookSheets.chosen(sheet));
	}
}
