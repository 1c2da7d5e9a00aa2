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

	/** The sheet to read of {@code file} (null: the first); a sheet named for a CSV or Parquet file is an error. */
	String of(Path file) throws DataException {
		if (WorkbookSheets.ignoredFor(file, sheet)) {
			// silently reading the whole file would hide that the user meant another file
			throw new DataException(file, "is not an .xlsx workbook, so it has no sheet \"" + sheet.strip()
					+ "\": --sheet is for workbooks only");
		}
		return WorkbookSheets.chosen(sheet);
	}
}
