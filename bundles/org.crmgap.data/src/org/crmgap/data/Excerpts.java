package org.crmgap.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How file content appears in messages: never more than a short excerpt, so that a data location pointing
 * at a file that is not data (a password file, say) does not have its content printed.
 */
final class Excerpts {

	private static final int CELL = 20;
	private static final int NAME = 30;
	private static final int NAMES = 10;

	private Excerpts() {
	}

	/** A cell: one line, at most 20 characters. */
	static String cell(String cell) {
		return cut(cell, CELL);
	}

	/**
	 * The header's column names: at most 10, each at most 30 characters, quoted. A first row without any
	 * delimiter is not shown at all: it is likely not a CSV header (a password file's first line, say).
	 */
	static String columns(List<String> columns) {
		if (columns.size() < 2) {
			return "a single column (is the file a CSV file with ',' or ';' between its columns?)";
		}
		String shown = columns.stream().limit(NAMES).map(c -> "'" + cut(c, NAME) + "'").collect(Collectors.joining(", "));
		return columns.size() > NAMES ? shown + " and " + (columns.size() - NAMES) + " more" : shown;
	}

	/** Names (sheets, say): at most 10, each at most 30 characters, quoted. */
	static String names(List<String> names) {
		String shown = names.stream().limit(NAMES).map(c -> "'" + cut(c, NAME) + "'").collect(Collectors.joining(", "));
		return names.size() > NAMES ? shown + " and " + (names.size() - NAMES) + " more" : shown;
	}

	private static String cut(String text, int length) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\s+", " ");
		return line.length() <= length ? line : line.substring(0, length - 1) + "…";
	}
}
