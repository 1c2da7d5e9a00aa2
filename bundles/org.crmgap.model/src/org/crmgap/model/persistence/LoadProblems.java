package org.crmgap.model.persistence;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into a {@link ModelFileException} a user understands. */
final class LoadProblems {

	private LoadProblems() {
	}

	static ModelFileException describe(Path file, Throwable thrown, Resource resource) {
		if (!resource.getErrors().isEmpty()) {
			return describe(file, resource.getErrors().get(0));
		}
		Throwable cause = rootCause(thrown);
		if (cause instanceof CharConversionException) {
			return notUtf8(file, 0, 0, thrown);
		}
		if (cause instanceof SAXParseException sax) {
			return new ModelFileException(file, sax.getLineNumber(), sax.getColumnNumber(), xmlProblem(sax), thrown);
		}
		return new ModelFileException(file, 0, 0, message(cause), thrown);
	}

	static ModelFileException describe(Path file, Resource.Diagnostic diagnostic) {
		Throwable thrown = diagnostic instanceof Throwable t ? t : null;
		Throwable cause = thrown != null ? rootCause(thrown) : null;
		if (diagnostic instanceof DuplicateIdException duplicate) {
			return duplicateId(file, duplicate);
		}
		if (cause instanceof CharConversionException) {
			return notUtf8(file, diagnostic.getLine(), diagnostic.getColumn(), thrown);
		}
		String problem;
		if (diagnostic instanceof PackageNotFoundException p) {
			problem = "not a CRM gap model: unknown namespace '" + p.uri() + "'";
		} else if (cause instanceof SAXParseException sax) {
			problem = xmlProblem(sax);
		} else {
			problem = withoutLocation(diagnostic);
		}
		return new ModelFileException(file, diagnostic.getLine(), diagnostic.getColumn(), problem, thrown);
	}

	/** Both lines: the parser is at the second element; the first is looked up now, not during every load. */
	private static ModelFileException duplicateId(Path file, DuplicateIdException duplicate) {
		String problem = "duplicate id " + duplicate.id();
		try {
			OptionalInt first = IdLines.first(file, duplicate.id());
			if (first.isPresent()) {
				problem += " at line " + first.getAsInt() + " and line " + duplicate.getLine();
			}
		} catch (IOException e) {
			return new ModelFileException(file, duplicate.getLine(), duplicate.getColumn(), problem + " (the line of its first use"
					+ " cannot be found: " + message(rootCause(e)) + ")", duplicate);
		}
		return new ModelFileException(file, duplicate.getLine(), duplicate.getColumn(), problem, duplicate);
	}

	/** The parser reports a malformed byte after its read-ahead; the first bad byte is found in the file itself. */
	private static ModelFileException notUtf8(Path file, int parserLine, int parserColumn, Throwable thrown) {
		try {
			Optional<Utf8Positions.Position> bad = Utf8Positions.firstMalformed(file);
			if (bad.isPresent()) {
				int line = (int) Math.min(Integer.MAX_VALUE, bad.get().line());
				int column = (int) Math.min(Integer.MAX_VALUE, bad.get().column());
				return new ModelFileException(file, line, column, "not UTF-8 at line " + line + ", column " + column
						+ " (save the file as UTF-8)", thrown);
			}
			// valid UTF-8, yet the parser could not decode it: the file declares another encoding it does not follow
			return new ModelFileException(file, parserLine, parserColumn, "cannot be decoded in the encoding it declares: "
					+ message(rootCause(thrown)), thrown);
		} catch (IOException e) {
			return new ModelFileException(file, parserLine, parserColumn, "not UTF-8 (" + message(rootCause(e)) + ")", thrown);
		}
	}

	/** EMF appends {@code (location, line, column)}, which the exception's own message already starts with. */
	private static String withoutLocation(Resource.Diagnostic diagnostic) {
		String message = String.valueOf(diagnostic.getMessage());
		String suffix = " (" + diagnostic.getLocation() + ", " + diagnostic.getLine() + ", " + diagnostic.getColumn() + ")";
		return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
	}

	private static String xmlProblem(SAXParseException sax) {
		String message = String.valueOf(sax.getMessage());
		if (message.contains("DOCTYPE")) {
			return "DOCTYPE declarations are refused (they can carry external entities): " + message;
		}
		return "malformed XML: " + message;
	}

	private static Throwable rootCause(Throwable thrown) {
		Throwable cause = thrown;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String message(Throwable cause) {
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}
}
