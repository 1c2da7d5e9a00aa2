package org.crmgap.data;

/**
 * Where the password of a SQL data source comes from: never from the model. The headless application reads
 * {@value #VARIABLE}, else asks on the console when there is one; the workbench reads the variable, else Eclipse secure
 * storage, else asks in a dialog.
 */
@FunctionalInterface
public interface DatabasePasswords {

	String VARIABLE = "CRMGAP_DB_PASSWORD";

	/** The environment variable {@value #VARIABLE}, null when it is not set. */
	DatabasePasswords ENVIRONMENT = (source, url) -> System.getenv(VARIABLE);

	/**
	 * The password for data source {@code source} on {@code url}; null to connect without one (a server that trusts
	 * the user, or the driver's own password file). A user who declines to give one (a cancelled dialog) is a
	 * {@link DataException} naming the source.
	 */
	String password(String source, String url) throws DataException;

	/**
	 * The server refused the password {@link #password} gave for {@code url}: forget it if it was kept. Returns what
	 * was done, for the end of the one-line message ({@code "; the saved password was removed"}), or "" for nothing.
	 */
	default String refused(String source, String url) {
		return "";
	}
}
