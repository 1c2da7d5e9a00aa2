package org.crmgap.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read, with where and why: {@code file:line:column: problem}. */
public class ModelFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;
	private final int column;
	private final String problem;

	public ModelFileException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	private static String format(Path file, int line, int column, String problem) {
		StringBuilder where = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			where.append(':').append(line);
			if (column > 0) {
				where.append(':').append(column);
			}
		}
		return where + ": " + problem;
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line, or 0 when the problem is not tied to a line. */
	public int getLine() {
		return line;
	}

	public int getColumn() {
		return column;
	}

	public String getProblem() {
		return problem;
	}
}
