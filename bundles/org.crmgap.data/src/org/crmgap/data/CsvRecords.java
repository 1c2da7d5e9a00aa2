package org.crmgap.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records the way the engine is told to ({@code quote = '"', escape = '"'}): a delimiter or line end
 * inside quotes belongs to the field, {@code ""} inside quotes is one quote. Lines end at LF, CR or CR LF, as
 * {@code Utf8Positions} counts them, so both name the same line numbers. Empty lines are no records. Noted on
 * the way, as the engine refuses them: a line end of another kind than the file's first one, text after a
 * closing quote.
 */
final class CsvRecords {

	/** A record: the line it starts on and its fields (unquoted, not trimmed). */
	record Row(long line, List<String> fields) {
	}

	/** Something the engine refuses although the fields can be counted: where and what. */
	record Note(long line, String problem) {
	}

	/** The end of the input came inside a quoted field. */
	static final class UnclosedQuote extends Exception {
		private static final long serialVersionUID = 1L;
		private final long line;

		UnclosedQuote(long line) {
			super("a quoted field is never closed", null, false, false);
			this.line = line;
		}

		/** The line the quoted field starts on. */
		long line() {
			return line;
		}
	}

	private static final int NONE = -2;

	private final Reader in;
	private final char delimiter;
	private long line = 1;
	private int pushedBack = NONE;
	private boolean started;
	private String firstLineEnd;
	private Note note;

	CsvRecords(Reader in, char delimiter) {
		this.in = in;
		this.delimiter = delimiter;
	}

	/** The fields of one line of text (a header); an unclosed quote keeps the rest of the line as the last field. */
	static List<String> fields(String text, char delimiter) {
		try {
			Row row = new CsvRecords(new StringReader(text), delimiter).next();
			return row == null ? List.of("") : row.fields();
		} catch (UnclosedQuote e) {
			return List.of(text.split(String.valueOf(delimiter), -1));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringReader does not fail
		}
	}

	/** The first thing noted so far, or null. */
	Note note() {
		return note;
	}

	/** The next record, or null at the end of the input. */
	Row next() throws IOException, UnclosedQuote {
		int c = read();
		while (c == '\n' || c == '\r') {
			c = lineEnd(c);
		}
		if (c < 0) {
			return null;
		}
		long start = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean closed = false;
		long quoteLine = 0;
		while (c >= 0) {
			if (closed && c != delimiter && c != '\n' && c != '\r') {
				note(line, "a quoted field goes on after its closing quote");
			}
			closed = false;
			if (quoted) {
				if (c == '"') {
					c = read();
					if (c != '"') {
						quoted = false;
						closed = true;
						continue; // the closing quote: what follows is unquoted text
					}
				} else if (c == '\n' || c == '\r' && peek() != '\n') {
					line++;
				}
				field.append((char) c);
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
				quoteLine = line;
			} else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				pushedBack = lineEnd(c);
				break;
			} else {
				field.append((char) c);
			}
			c = read();
		}
		if (quoted) {
			throw new UnclosedQuote(quoteLine);
		}
		fields.add(field.toString());
		return new Row(start, fields);
	}

	/** Consumes the line end that starts with {@code c}, notes its kind, and returns the character after it. */
	private int lineEnd(int c) throws IOException {
		int after = read();
		String kind = "LF";
		if (c == '\r') {
			kind = after == '\n' ? "CR LF" : "CR";
			if (after == '\n') {
				after = read();
			}
		}
		if (firstLineEnd == null) {
			firstLineEnd = kind;
		} else if (!kind.equals(firstLineEnd)) {
			note(line, "this line ends with " + kind + ", the lines before it with " + firstLineEnd
					+ " (save the file with one kind of line end)");
		}
		line++;
		return after;
	}

	private void note(long where, String problem) {
		if (note == null) {
			note = new Note(where, problem);
		}
	}

	private int peek() throws IOException {
		if (pushedBack == NONE) {
			pushedBack = in.read();
		}
		return pushedBack;
	}

	private int read() throws IOException {
		int c;
		if (pushedBack != NONE) {
			c = pushedBack;
			pushedBack = NONE;
		} else {
			c = in.read();
		}
		if (!started) {
			started = true;
			if (c == '\uFEFF') {
				return read(); // a byte order mark is no content
			}
		}
		return c;
	}
}
