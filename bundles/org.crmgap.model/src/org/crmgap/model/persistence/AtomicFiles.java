package org.crmgap.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Writes a file so that readers see either the old or the new content, never half of it. */
public final class AtomicFiles {

	/** Writes the new content to a stream; may fail half way. */
	@FunctionalInterface
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final Pattern UUID_TMP = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\.tmp");
	/** Temporary files older than this cannot belong to a save of this process; empty where the OS does not tell. */
	private static final Optional<Instant> PROCESS_START = ProcessHandle.current().info().startInstant();

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
		Path temp = dir.resolve(temporaryPrefix(target) + UUID.randomUUID() + ".tmp");
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

	private static String temporaryPrefix(Path target) {
		return "." + target.getFileName() + ".";
	}

	/**
	 * Removes the temporary files of {@code target} ({@code .NAME.<uuid>.tmp}) that a save killed before this
	 * process started left behind; a newer one may be a save in progress elsewhere and is kept, and so is
	 * anything not named like that or not a regular file. Cleaning up must not stop a load or save: what
	 * cannot be removed is returned, one line each, for the caller to report.
	 */
	public static List<String> removeStaleTemporaries(Path target) {
		Path dir = target.toAbsolutePath().getParent();
		if (dir == null || PROCESS_START.isEmpty() || target.getFileName() == null || !Files.isDirectory(dir)) {
			return List.of();
		}
		String prefix = temporaryPrefix(target);
		List<String> problems = new ArrayList<>();
		try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> isTemporary(p, prefix))) {
			for (Path temp : temps) {
				removeIfStale(temp, problems);
			}
		} catch (IOException | DirectoryIteratorException e) {
			problems.add(dir + ": cannot look for stale temporary files (" + reason(e) + ")");
		}
		return problems;
	}

	private static boolean isTemporary(Path path, String prefix) {
		String name = path.getFileName().toString();
		return name.startsWith(prefix) && UUID_TMP.matcher(name.substring(prefix.length())).matches();
	}

	private static void removeIfStale(Path temp, List<String> problems) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(PROCESS_START.get())) {
				Files.delete(temp);
			}
		} catch (NoSuchFileException removedMeanwhile) {
			// another process cleaned up first: the file is gone, as wanted
		} catch (IOException e) {
			problems.add(temp + ": stale temporary file not removed (" + reason(e) + ")");
		}
	}

	/** NIO's messages are often just the path (AccessDeniedException): its type says more. */
	private static String reason(Exception e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
