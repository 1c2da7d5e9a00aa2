package org.crmgap.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an analysis read: the file, its size, its data rows and a SHA-256 of its bytes; for a SQL source the source and
 * its database ({@code file}), its rows, no bytes and no SHA-256.
 */
public record DataFingerprint(String file, long bytes, long rows, String sha256) {

	/** The rows of a SQL source's query, named by {@code where} (see {@link Databases#where}). */
	static DataFingerprint query(String where, long rows) {
		return new DataFingerprint(where, 0, rows, null);
	}

	/** Whether these are the rows of a SQL source's query, not a file's. */
	public boolean ofQuery() {
		return sha256 == null;
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
