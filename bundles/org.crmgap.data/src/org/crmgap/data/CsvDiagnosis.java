package org.crmgap.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.crmgap.model.persistence.Utf8Positions;

/**
 * Why the engine could not read a CSV file, said with the line: the engine's own messages name no line when
 * it fails while detecting the file's layout, and they quote whole raw lines and the SQL. So when the engine
 * fails, the file is read here (only then): the first byte that is not UTF-8, the first row whose field
 * count differs from the header's, a quoted field never closed, line ends of two kinds, text after a closing
 * quote; otherwise a short excerpt of the engine's message.
 */
final class CsvDiagnosis {

	private CsvDiagnosis() {
	}

	/**
	 * The engine read the file with as many columns as its header has. Its layout detection may otherwise take
	 * a longer row at the end of a small file for the header and read no rows at all.
	 */
	static void requireHeaderRead(DuckDbEngine engine, Path file, CsvHeader header, String table) throws SQLException, DataException {
		try (PreparedStatement statement = engine.connection().prepareStatement(
				"SELECT count(*) FROM information_schema.columns WHERE table_name = ?")) {
			statement.setString(1, table);
			try (ResultSet count = statement.executeQuery()) {
				count.next();
				if (count.getLong(1) != header.columns().size()) {
					throw of(file, header, new SQLException("the engine read " + count.getLong(1) + " columns, the header has "
							+ header.columns().size()));
				}
			}
		}
	}

	static DataException of(Path file, CsvHeader header, SQLException failure) {
		try {
			Optional<Utf8Positions.Position> bad = Utf8Positions.firstMalformed(file);
			if (bad.isPresent()) {
				return CsvHeader.notUtf8(file, bad.get(), failure);
			}
			DataException layout = layout(file, header, failure);
			if (layout != null) {
				return layout;
			}
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
		return new DataException(file, 0, null, "cannot be read as CSV: " + EngineMessages.excerpt(failure), failure);
	}

	/** The first record whose field count is not the header's, or another problem of the layout, in file order. */
	private static DataException layout(Path file, CsvHeader header, SQLException failure) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
			CsvRecords records = new CsvRecords(reader, header.delimiter());
			int expected = header.columns().size();
			if (records.next() == null) {
				return null;
			}
			for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
				CsvRecords.Note note = records.note();
				if (note != null && note.line() < row.line()) {
					return noted(file, note, failure);
				}
				if (row.fields().size() != expected) {
					return new DataException(file, row.line(), null, "row has " + row.fields().size() + " field"
							+ (row.fields().size() == 1 ? "" : "s") + ", the header has " + expected, failure);
				}
			}
			if (records.note() != null) {
				return noted(file, records.note(), failure);
			}
		} catch (CsvRecords.UnclosedQuote e) {
			return new DataException(file, e.line(), null, "a quoted field starts here and is never closed", failure);
		}
		return null;
	}

	private static DataException noted(Path file, CsvRecords.Note note, SQLException failure) {
		return new DataException(file, note.line(), null, note.problem(), failure);
	}
}