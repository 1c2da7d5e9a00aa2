package org.crmgap.ui.passwords;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.crmgap.data.DataException;
import org.crmgap.data.DatabasePasswords;
import org.crmgap.data.Databases;

/**
 * The workbench's database passwords: {@value DatabasePasswords#VARIABLE} when set; else the one given or found earlier
 * in this session; else the one saved in secure storage; else asked in a dialog on the UI thread, once per database
 * and user in a session (a cancelled dialog too: the analysis of that source fails with one line until the saved
 * passwords are forgotten). A password the server refuses is forgotten, in this session and in secure storage.
 * Called from the analysis jobs; the dialog waits for the UI thread, so only the asking is serialised.
 */
public final class WorkbenchPasswords implements DatabasePasswords {

	/** Asks the user for a database password: null when the user cancelled. */
	@FunctionalInterface
	public interface Prompt {
		Answer ask(String source, String url, String user);
	}

	/** A password the user typed, and whether to save it in secure storage. */
	public record Answer(String password, boolean save) {
	}

	/** The label of the preference page's button that calls {@link #forgetAll()}. */
	public static final String FORGET_ALL = Messages.forgetAll;

	private static WorkbenchPasswords session;

	private final SavedPasswords store;
	private final Supplier<String> variable;
	private final Prompt prompt;
	private final Map<String, String> known = new ConcurrentHashMap<>();
	private final Set<String> declined = ConcurrentHashMap.newKeySet();
	private final ReentrantLock asking = new ReentrantLock();

	/** {@code variable} gives the value of {@value DatabasePasswords#VARIABLE} (null: not set). */
	public WorkbenchPasswords(SavedPasswords store, Supplier<String> variable, Prompt prompt) {
		this.store = store;
		this.variable = variable;
		this.prompt = prompt;
	}

	/** The workbench session's passwords: the environment, the user's secure storage, the password dialog. */
	public static synchronized WorkbenchPasswords session() {
		if (session == null) {
			session = new WorkbenchPasswords(SavedPasswords.secureStorage(), () -> System.getenv(VARIABLE), PasswordDialog::ask);
		}
		return session;
	}

	/** Replaces the session's passwords (tests: a store of their own, never the user's); returns the one replaced. */
	public static synchronized WorkbenchPasswords replaceSession(WorkbenchPasswords other) {
		WorkbenchPasswords replaced = session;
		session = other;
		return replaced;
	}

	@Override
	public String password(String source, String url) throws DataException {
		String set = variable.get();
		if (set != null) {
			return set;
		}
		String key = SavedPasswords.key(url);
		asking.lock();
		try {
			String password = known.get(key);
			if (password != null) {
				return password;
			}
			if (declined.contains(key)) {
				throw new DataException(Databases.where(source, url), Messages.cancelled, null);
			}
			password = store.read(key);
			if (password == null) {
				Answer answer = prompt.ask(source, url, user(url));
				if (answer == null) {
					declined.add(key);
					throw new DataException(Databases.where(source, url), Messages.cancelled, null);
				}
				password = answer.password();
				if (answer.save()) {
					store.save(key, password);
				}
			}
			known.put(key, password);
			return password;
		} finally {
			asking.unlock();
		}
	}

	@Override
	public String refused(String source, String url) {
		if (variable.get() != null) {
			return ""; // the variable's password: nothing kept here
		}
		String key = SavedPasswords.key(url);
		known.remove(key);
		return store.forget(key) ? Messages.savedForgotten : Messages.givenForgotten;
	}

	/**
	 * Forgets the passwords saved in secure storage and those given in this session; cancelled dialogs ask again.
	 * Returns what to tell the user.
	 */
	public String forgetAll() {
		known.clear();
		declined.clear();
		store.forgetAll();
		return Messages.forgetAllDone;
	}

	static String user(String url) {
		String user = Databases.user(url);
		return user == null ? "" : user;
	}
}
