package org.crmgap.rcp.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework's copy for the class path: the JDK no longer sees it as signed, and every other entry is kept. */
class UnsignedCopyTest {

	private static final String CLASS = EclipseStarter.class.getName().replace('.', '/') + ".class";

	@TempDir
	Path dir;

	@Test
	void theCopyOfEquinoxIsNotSignedAndKeepsEveryOtherEntry() throws Exception {
		Path framework = Path.of(EclipseStarter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path copy = dir.resolve("framework copy.jar");
		UnsignedCopy.copy(framework, copy);

		try (JarFile signed = new JarFile(framework.toFile()); JarFile unsigned = new JarFile(copy.toFile())) {
			assertNotNull(signers(signed, CLASS), "the framework's jar is expected to be signed: " + framework);
			assertNull(signers(unsigned, CLASS));
			List<String> before = signed.stream().map(JarEntry::getName).toList();
			List<String> after = unsigned.stream().map(JarEntry::getName).toList();
			List<String> left = before.stream().filter(n -> !after.contains(n)).toList();
			assertEquals(List.of(), after.stream().filter(n -> !before.contains(n)).toList(), "entries added");
			assertEquals(before.stream().filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA)")).toList(), left);
			assertFalse(left.isEmpty(), "no signature file was found to leave out");
			assertEquals(before.size() - left.size(), after.size());
			assertArrayEquals(bytes(signed, CLASS), bytes(unsigned, CLASS));
		}
		assertFalse(Files.exists(dir.resolve("framework copy.jar.part")));
	}

	@Test
	void onlyTheSignatureFilesOfTheJarAreLeftOut() {
		for (String name : List.of("META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "meta-inf/key.dsa", "META-INF/A.EC",
				"META-INF/SIG-X")) {
			assertTrue(UnsignedCopy.isSignature(name), name);
		}
		for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/services/a.RSA", "org/x/Y.SF", "META-INF/",
				"about.html")) {
			assertFalse(UnsignedCopy.isSignature(name), name);
		}
	}

	/** The JDK knows an entry's signers once the entry has been read whole. */
	private static CodeSigner[] signers(JarFile jar, String name) throws IOException {
		JarEntry entry = jar.getJarEntry(name);
		bytes(jar, name);
		return entry.getCodeSigners();
	}

	private static byte[] bytes(JarFile jar, String name) throws IOException {
		try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
			return in.readAllBytes();
		}
	}
}
