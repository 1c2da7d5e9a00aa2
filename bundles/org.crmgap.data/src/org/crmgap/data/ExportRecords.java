package org.crmgap.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a survey-tool export, read the way the engine reads a plain CSV ({@link CsvRecords}: quoted line
 * ends and delimiters, a BOM skipped), UTF-8 only; the delimiter is the one of ',' and ';' that splits the first
 * record into more fields.
 */
final class ExportRecords {

	private ExportRecords() {
	}

	/** What is done with each record, in file order. */
	interface RowHandler {
		void accept(CsvRecords.Row row) throws IOException;
	}

	/** Up to {@code limit} records, their fields trimmed. */
	static List<CsvRecords.Row> read(Path file, int limit) throws DataException {
		List<CsvRecords.Row> rows = new ArrayList<>();
		each(file, limit, rows::add);
		if (rows.isEmpty()) {
			throw new DataException(file, 1, null, "is empty: a header row is expected", null);
		}
		return rows;
	}

	/** Hands up to {@code limit} records, their fields trimmed, to {@code handler} as they are read. */
	static void each(Path file, long limit, RowHandler handler) throws DataException {
		if (!Files.isRegularFile(file)) {
			throw new DataException(file, "file does not exist");
		}
		char delimiter = fieldCount(file, ';') > fieldCount(file, ',') ? ';' : ',';
		try (Reader in = reader(file)) {
			CsvRecords records = new CsvRecords(in, delimiter);
			long count = 0;
			for (CsvRecords.Row row = records.next(); row != null && count < limit; row = records.next(), count++) {
				handler.accept(new CsvRecords.Row(row.line(), row.fields().stream().map(String::strip).toList()));
			}
		} catch (CsvRecords.UnclosedQuote e) {
			throw new DataException(file, e.line(), null, "a quoted field is never closed", e);
		} catch (CharacterCodingException e) {
			throw CsvHeader.notUtf8(file, e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read or converted: " + e.getMessage(), e);
		}
	}

	private static int fieldCount(Path file, char delimiter) throws DataException {
		try (Reader in = reader(file)) {
			CsvRecords.Row first = new CsvRecords(in, delimiter).next();
			return first == null ? 0 : first.fields().size();
		} catch (CsvRecords.UnclosedQuote e) {
			return 0; // the other delimiter may read it; if neither does, reading the records says where
		} catch (CharacterCodingException e) {
			throw CsvHeader.notUtf8(file, e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	private static Reader reader(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
	}
}
