package org.crmgap.ui.passwords;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Database passwords in Eclipse secure storage, one node per database URL under {@value #NODE}, the password
 * encrypted. Keyed by the whole JDBC URL (user and connection parameters included), never by the model: a second model
 * with the same URL finds the password. A store that cannot
 * be opened or decrypted (the master password declined) keeps nothing and finds nothing.
 */
public final class SavedPasswords {

	static final String NODE = "/org.crmgap/databases";
	private static final String PASSWORD = "password";

	private final Supplier<ISecurePreferences> opener;
	private ISecurePreferences root;

	/** The store of {@code opener} (opened on first use). */
	public SavedPasswords(Supplier<ISecurePreferences> opener) {
		this.opener = opener;
	}

	/** The user's default secure storage. */
	static SavedPasswords secureStorage() {
		return new SavedPasswords(SecurePreferencesFactory::getDefault);
	}

	/**
	 * The key of a database: its whole URL, user and connection parameters included (no password: Databases refuses
	 * one in the URL), so a shared model that changes e.g. {@code sslmode} does not get the password sent without asking.
	 */
	public static String key(String url) {
		return url.strip();
	}

	/** The password saved for that key, or null. */
	public synchronized String read(String key) {
		ISecurePreferences node = node(key, false);
		try {
			return node == null ? null : node.get(PASSWORD, null);
		} catch (StorageException e) {
			ILog.of(SavedPasswords.class).warn("Cannot read the saved password of " + key + ": " + e.getMessage());
			return null;
		}
	}

	/** Saves the password of that key, encrypted; false when the store could not keep it. */
	public synchronized boolean save(String key, String password) {
		ISecurePreferences node = node(key, true);
		if (node == null) {
			return false;
		}
		try {
			node.put(PASSWORD, password, true);
			root.flush();
			return true;
		} catch (StorageException | IOException e) {
			ILog.of(SavedPasswords.class).warn("Cannot save the password of " + key + ": " + e.getMessage());
			return false;
		}
	}

	/** Forgets the password of that key; true when one was saved. */
	public synchronized boolean forget(String key) {
		ISecurePreferences node = node(key, false);
		if (node == null) {
			return false;
		}
		node.removeNode();
		flush();
		return true;
	}

	/** Forgets every saved database password. */
	public synchronized void forgetAll() {
		ISecurePreferences store = root();
		if (store != null && store.nodeExists(NODE)) {
			store.node(NODE).removeNode();
			flush();
		}
	}

	private ISecurePreferences node(String key, boolean create) {
		ISecurePreferences store = root();
		String path = NODE + "/" + EncodingUtils.encodeSlashes(key);
		if (store == null || !create && !store.nodeExists(path)) {
			return null;
		}
		return store.node(path);
	}

	private ISecurePreferences root() {
		if (root == null) {
			root = opener.get();
		}
		return root;
	}

	private void flush() {
		try {
			root.flush();
		} catch (IOException e) {
			ILog.of(SavedPasswords.class).warn("Cannot write the secure storage: " + e.getMessage());
		}
	}
}
