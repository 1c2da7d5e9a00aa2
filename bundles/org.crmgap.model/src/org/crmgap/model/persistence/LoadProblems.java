package org.crmgap.model.persistence;

import java.nio.file.Path;

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
		if (cause instanceof SAXParseException sax) {
			return new ModelFileException(file, sax.getLineNumber(), sax.getColumnNumber(), xmlProblem(sax), thrown);
		}
		return new ModelFileException(file, 0, 0, message(cause), thrown);
	}

	static ModelFileException describe(Path file, Resource.Diagnostic diagnostic) {
		Throwable cause = diagnostic instanceof Throwable t ? rootCause(t) : null;
		String problem;
		if (diagnostic instanceof PackageNotFoundException p) {
			problem = "not a CRM gap model: unknown namespace '" + p.uri() + "'";
		} else if (cause instanceof SAXParseException sax) {
			problem = xmlProblem(sax);
		} else {
			problem = diagnostic.getMessage();
		}
		return new ModelFileException(file, diagnostic.getLine(), diagnostic.getColumn(), problem,
				diagnostic instanceof Throwable t ? t : null);
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
