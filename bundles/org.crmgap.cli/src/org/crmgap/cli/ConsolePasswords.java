package org.crmgap.cli;

import java.io.Console;
import java.util.HashMap;
import java.util.Map;

import org.crmgap.data.DatabasePasswords;
import org.crmgap.data.Databases;

/**
 * The headless application's database passwords: {@value DatabasePasswords#VARIABLE}, else asked once per database on
 * the console (not echoed) when there is a terminal, else none (the server may trust the user or the driver's password
 * file). Never from the model, never printed.
 */
final class ConsolePasswords implements DatabasePasswords {

	private final Map<String, String> asked = new HashMap<>();

	@Override
	public String password(String source, String url) {
		String set = System.getenv(VARIABLE);
		if (set != null) {
			return set;
		}
		Console console = terminal();
		if (console == null) {
			return null;
		}
		return asked.computeIfAbsent(url, u -> {
			char[] typed = console.readPassword("Password for %s (or set %s): ", Databases.where(source, url), VARIABLE);
			return typed == null ? null : new String(typed);
		});
	}

	/** Since Java 22 a console exists with redirected streams too: only a terminal is asked. */
	private static Console terminal() {
		Console console = System.console();
		if (console == null) {
			return null;
		}
		try {
			return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console)) ? console : null;
		} catch (ReflectiveOperationException e) {
			return console; // before Java 22 the console is a terminal's
		}
	}
}
