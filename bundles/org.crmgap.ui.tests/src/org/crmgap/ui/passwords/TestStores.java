package org.crmgap.ui.passwords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Secure storage for the tests: a file of their own with a fixed master password and no prompt, so that no test reads
 * or writes the user's store or waits for a master-password dialog.
 */
public final class TestStores {

	private TestStores() {
	}

	/** The secure storage in {@code file}. */
	public static ISecurePreferences open(Path file) {
		try {
			ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(),
					Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()), IProviderHints.PROMPT_USER,
							Boolean.FALSE));
			if (root == null) {
				throw new IllegalStateException("cannot open secure storage in " + file);
			}
			return root;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
