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
			throw new DataException(file, 1, null, "not UTF-8 encoded (save it as UTF-8, with or without BOM)", e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
		if (line == null || line.isBlank()) {
			throw new DataException(file, 1, null, "is empty: a header row is expected", null);
		}
		if (line.startsWith("\uFEFF")) {
			line = line.substring(1);
		}
		char delimiter = split(line, ';').size() > split(line, ',').size() ? ';' : ',';
		return new CsvHeader(delimiter, split(line, delimiter));
	}

	/** The fields of one line, RFC 4180 quoting: a delimiter inside quotes is part of the name, "" is a quote. */
	static List<String> split(String line, char delimiter) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == delimiter) {
				fields.add(field.toString().trim());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString().trim());
		return fields;
	}
}
