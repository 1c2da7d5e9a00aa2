package org.crmgap.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The SQL databases one analysis reads (PostgreSQL through its JDBC driver), one read-only connection per JDBC URL,
 * closed together. The URL comes from the model, the password from {@link DatabasePasswords}: a URL that carries a
 * password, or a parameter that makes the driver load a class of the model's choosing, is refused.
 */
public final class Databases implements AutoCloseable {

	private static final String POSTGRESQL = "jdbc:postgresql:";
	private static final String EXAMPLE = "jdbc:postgresql://host:port/database?user=name";
	/** Driver parameters naming classes to instantiate (socket and SSL factories, callbacks, plugins) or a file to write. */
	private static final Set<String> CLASS_PARAMETERS = Set.of("socketfactory", "socketfactoryarg", "sslfactory", "sslfactoryarg",
			"sslhostnameverifier", "sslpasswordcallback", "authenticationpluginclassname", "loggerfile");

	/** SQL states of a refused login: the driver's "no password provided", the server's invalid authorization or password. */
	private static final Set<String> AUTHENTICATION = Set.of("08004", "28000", "28P01");

	private final DatabasePasswords passwords;
	private final Map<String, Connection> open = new LinkedHashMap<>();

	public Databases(DatabasePasswords passwords) {
		this.passwords = passwords;
	}

	/** How messages name a SQL source: its name and its URL without the parameters. */
	public static String where(String source, String url) {
		return "data source '" + source + "' (" + shown(url) + ")";
	}

	/** The URL as shown: without its parameters (the user, options; a password the model should not hold). */
	public static String shown(String url) {
		String shown = url == null ? "" : url.strip();
		int parameters = shown.indexOf('?');
		return parameters < 0 ? shown : shown.substring(0, parameters);
	}

	/** The user a PostgreSQL JDBC URL names ({@code ?user=crm}), null when it names none or is no such URL. */
	public static String user(String url) {
		Properties parsed = url == null || !url.strip().startsWith(POSTGRESQL) ? null : org.postgresql.Driver.parseURL(url.strip(), null);
		return parsed == null ? null : parsed.getProperty("user");
	}

	/** The connection to {@code url} for data source {@code source}, opened on first use. */
	public Connection connect(String source, String url) throws DataException {
		Connection connection = open.get(url);
		if (connection != null) {
			return connection;
		}
		String where = where(source, url);
		Properties parsed = url == null || !url.strip().startsWith(POSTGRESQL) ? null : org.postgresql.Driver.parseURL(url.strip(), null);
		if (parsed == null) {
			throw new DataException(where, "not a PostgreSQL JDBC URL (" + EXAMPLE + ")", null);
		}
		for (String name : parsed.stringPropertyNames()) {
			String key = name.toLowerCase(Locale.ROOT);
			if (key.equals("password")) {
				throw new DataException(where, "the URL holds a password; the model must not: leave it out and set "
						+ DatabasePasswords.VARIABLE, null);
			}
			if (CLASS_PARAMETERS.contains(key)) {
				throw new DataException(where, "the URL sets '" + name + "', which makes the driver load a class: refused", null);
			}
		}
		Properties properties = new Properties();
		String password = passwords.password(source, url);
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("ApplicationName", "CRM Gap Studio");
		try {
			// the driver directly: DriverManager's ServiceLoader does not see it inside OSGi
			connection = new org.postgresql.Driver().connect(url.strip(), properties);
			// one read-only transaction: the source's query cannot change the database
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
		} catch (SQLException e) {
			boolean refused = AUTHENTICATION.contains(e.getSQLState());
			String without = password == null && refused ? " without a password (set " + DatabasePasswords.VARIABLE + ")" : "";
			String forgotten = password != null && refused ? passwords.refused(source, url) : "";
			throw new DataException(where, "cannot connect" + without + ": " + SqlMessages.reason(e) + forgotten, e);
		}
		open.put(url, connection);
		return connection;
	}

	@Override
	public void close() {
		for (Connection connection : open.values()) {
			try {
				connection.rollback();
				connection.close();
			} catch (SQLException e) {
				// nothing was written; a connection that cannot close cleanly is dropped by the server
			}
		}
		open.clear();
	}
}
