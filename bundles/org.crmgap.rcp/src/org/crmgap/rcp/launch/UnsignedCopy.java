package org.crmgap.rcp.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * {@code UnsignedCopy SOURCE.jar TARGET.jar}: a copy of a jar without its signature files. The JVM's class data
 * sharing leaves out every class of a signed jar on the class path, and Equinox's jar is signed (README, Start time).
 * The copy is written next to the target and then moved, so a start never sees half a jar.
 */
public final class UnsignedCopy {

	private UnsignedCopy() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: UnsignedCopy SOURCE.jar TARGET.jar");
		}
		copy(Path.of(args[0]), Path.of(args[1]));
	}

	static void copy(Path source, Path target) throws IOException {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try (ZipFile in = new ZipFile(source.toFile()); OutputStream file = Files.newOutputStream(part);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (isSignature(entry.getName())) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The files jar signing adds (the JAR specification's signature block and signature file names). */
	static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
				|| upper.startsWith("META-INF/SIG-");
	}
}
