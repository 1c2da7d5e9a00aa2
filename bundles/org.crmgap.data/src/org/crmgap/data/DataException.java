package org.crmgap.data;

import java.nio.file.Path;

/** Data that cannot be used, with where and why: {@code file[:line][ column C]: problem}. */
public class DataException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final long line;
	private final String column;

	public DataException(Path file, long line, String column, String problem, Throwable cause) {
		super(format(String.valueOf(file), line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public DataException(Path file, String problem) {
		this(file, 0, null, problem, null);
	}

	/** Data that is no file (a SQL source): {@code where: problem}, {@link #getFile()} null. */
	public DataException(String where, String problem, Throwable cause) {
		super(where + ": " + problem, cause);
		this.file = null;
		this.line = 0;
		this.column = null;
	}

	static String format(String file, long line, String column, String problem) {
		StringBuilder where = new StringBuilder(file);
		if (line > 0) {
			where.append(':').append(line);
		}
		if (column != null) {
			where.append(" column ").append(column);
		}
		return where + ": " + problem;
	}

	/** The file, null for data that is no file. */
	public Path getFile() {
		return file;
	}

	/** 1-based line in the file, 0 when not tied to a line. */
	public long getLine() {
		return line;
	}

	public String getColumn() {
		return column;
	}
}
