package org.crmgap.indicators;

import org.crmgap.model.Severity;

/**
 * How severities compare and read, in one place for the CLI, the report, the editor and the diagrams: from
 * least to most alarming unknown (no data), ok, not judged (measured but not testable), warning, error.
 */
public final class SeverityOrder {

	private SeverityOrder() {
	}

	public static int rank(Severity severity) {
		return switch (severity) {
		case UNKNOWN -> 0;
		case OK -> 1;
		case NOT_JUDGED -> 2;
		case WARNING -> 3;
		case ERROR -> 4;
		};
	}

	/** The more alarming of the two. */
	public static Severity worse(Severity a, Severity b) {
		return rank(a) >= rank(b) ? a : b;
	}

	/** Warnings and errors: what asks for action. */
	public static boolean flagged(Severity severity) {
		return severity == Severity.WARNING || severity == Severity.ERROR;
	}

	/** The severity as users read it. */
	public static String label(Severity severity) {
		return switch (severity) {
		case UNKNOWN -> "not measured";
		case OK -> "ok";
		case NOT_JUDGED -> "not judged";
		case WARNING -> "warning";
		case ERROR -> "error";
		};
	}

	/** Why a measured gap is not judged: its test needs two observations and some variance. */
	public static String notJudgedReason(long n) {
		return n < 2 ? "too few observations" : "no variance to test";
	}
}
