package org.crmgap.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.UUID;

/** Writes a file so that readers see either the old or the new content, never half of it. */
public final class AtomicFiles {

	/** Writes the new content to a stream; may fail half way. */
	@FunctionalInterface
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Replaces {@code target} by {@code bytes}; does nothing when the file already holds exactly them. */
	public static void replace(Path target, byte[] bytes) throws IOException {
		if (Files.isRegularFile(target) && Files.size(target) == bytes.length
				&& Arrays.equals(Files.readAllBytes(target), bytes)) {
			return;
		}
		replace(target, out -> out.write(bytes));
	}

	static void replace(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		// same directory: the rename stays on one file system and so is atomic; created like any new
		// file (umask), not with the owner-only rights of a temp file
		Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(target, temp);
			move(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A replaced file keeps who may read and write it. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
