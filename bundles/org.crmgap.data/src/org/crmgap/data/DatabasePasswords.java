package org.crmgap.data;

/**
 * Where the password of a SQL data source comes from: never from the model. The headless application reads
 * {@value #VARIABLE}, else asks on the console when there is one; the workbench reads the variable.
 */
@FunctionalInterface
public interface DatabasePasswords {

	String VARIABLE = "CRMGAP_DB_PASSWORD";

	/** The environment variable {@value #VARIABLE}, null when it is not set. */
	DatabasePasswords ENVIRONMENT = (source, url) -> System.getenv(VARIABLE);

	/**
	 * The password for data source {@code source} on {@code url}; null to connect without one (a server that trusts
	 * the user, or the driver's own password file).
	 */
	String password(String source, String url);
}
