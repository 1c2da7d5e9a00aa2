package org.crmgap.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmgap.model.persistence.Utf8Positions;

/** The header line of a CSV file: its delimiter (comma or semicolon) and column names; UTF-8, BOM or not. */
record CsvHeader(char delimiter, List<String> columns) {

	static CsvHeader read(Path file) throws DataException {
		if (!Files.isRegularFile(file)) {
			throw new DataException(file, "file does not exist");
		}
		String line;
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
			line = reader.readLine();
		} catch (CharacterCodingException e) {
			// the reader decodes ahead of the first line: the bad byte may be on any line of the first few kB
			throw notUtf8(file, e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
		if (line == null || line.isBlank()) {
			throw new DataException(file, 1, null, "is empty: a header row is expected", null);
		}
		if (line.startsWith("\uFEFF")) {
			line = line.substring(1);
		}
		char delimiter = CsvRecords.fields(line, ';').size() > CsvRecords.fields(line, ',').size() ? ';' : ',';
		List<String> columns = new ArrayList<>();
		for (String column : CsvRecords.fields(line, delimiter)) {
			columns.add(column.trim());
		}
		return new CsvHeader(delimiter, columns);
	}

	static DataException notUtf8(Path file, CharacterCodingException e) {
		try {
			Optional<Utf8Positions.Position> bad = Utf8Positions.firstMalformed(file);
			if (bad.isPresent()) {
				return notUtf8(file, bad.get(), e);
			}
		} catch (IOException again) {
			e.addSuppressed(again);
		}
		return new DataException(file, 0, null, "not UTF-8 encoded (save it as UTF-8, with or without BOM)", e);
	}

	static DataException notUtf8(Path file, Utf8Positions.Position bad, Exception cause) {
		return new DataException(file, bad.line(), null, "not UTF-8 encoded at column " + bad.column()
				+ " (save it as UTF-8, with or without BOM)", cause);
	}

}
