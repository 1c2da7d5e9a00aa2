package org.crmgap.data;

import java.sql.SQLException;

/**
 * A database error as one short line: the server's first line without its {@code ERROR:}/{@code FATAL:} label, or for
 * the driver's general "connection attempt failed" the network's reason (unknown host, refused, timed out).
 */
final class SqlMessages {

	private static final int MAX_LENGTH = 160;

	private SqlMessages() {
	}

	static String reason(SQLException e) {
		String first = firstLine(e.getMessage());
		Throwable cause = e.getCause();
		if (cause != null && !(cause instanceof SQLException) && first.startsWith("The connection attempt failed")) {
			String because = firstLine(cause.getMessage());
			first = cause.getClass().getSimpleName() + (because.isEmpty() ? "" : ": " + because);
		}
		first = first.replaceFirst("^(ERROR|FATAL): ", "");
		if (first.isEmpty()) {
			return e.getClass().getSimpleName();
		}
		return first.length() <= MAX_LENGTH ? first : first.substring(0, MAX_LENGTH) + "…";
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
	}
}
