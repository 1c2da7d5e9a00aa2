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
		char delimiter = count(line, ';') > count(line, ',') ? ';' : ',';
		List<String> columns = new ArrayList<>();
		for (String column : line.split(String.valueOf(delimiter), -1)) {
			columns.add(unquote(column.trim()));
		}
		return new CsvHeader(delimiter, columns);
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	private static String unquote(String text) {
		return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
				? text.substring(1, text.length() - 1).replace("\"\"", "\"")
				: text;
	}
}
