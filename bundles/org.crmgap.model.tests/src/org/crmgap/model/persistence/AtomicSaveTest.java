package org.crmgap.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceStandard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving is atomic, deterministic, and leaves an unchanged file untouched. */
class AtomicSaveTest {

	@TempDir
	Path dir;

	@Test
	void failureMidWriteKeepsTheOldFile() throws IOException {
		Path file = Files.writeString(dir.resolve("m.crmgap"), "old content");
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.replace(file, out -> {
			out.write("half of the new cont".getBytes());
			throw new IOException("disk full (simulated)");
		}));
		assertEquals("disk full (simulated)", e.getMessage());
		assertEquals("old content", Files.readString(file));
		assertEquals(List.of(file), listDir(), "no temporary file is left behind");
	}

	@Test
	void failureWhileSerialisingKeepsTheOldFile() throws IOException {
		GapModel model = Models.smallModel();
		Path file = dir.resolve("m.crmgap");
		ModelFiles.save(model, file);
		byte[] before = Files.readAllBytes(file);
		// a standard addressing an expectation that lives in no resource: a dangling reference
		ServiceStandard standard = model.getServiceStandards().get(0);
		Expectation orphan = CrmGapFactory.eINSTANCE.createExpectation();
		standard.getAddresses().add(orphan);
		model.setName("changed");
		assertThrows(IOException.class, () -> model.eResource().save(null));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), listDir());
	}

	@Test
	void savingTwiceGivesIdenticalBytes() throws IOException {
		GapModel model = Models.smallModel();
		Path first = dir.resolve("a.crmgap");
		ModelFiles.save(model, first);
		byte[] once = Files.readAllBytes(first);
		model.eResource().setModified(true);
		model.eResource().save(null);
		assertArrayEquals(once, Files.readAllBytes(first));
		GapModel reloaded = ModelFiles.load(first);
		Path second = dir.resolve("b.crmgap");
		ModelFiles.save(reloaded, second);
		assertArrayEquals(once, Files.readAllBytes(second));
	}

	@Test
	void unchangedSaveDoesNotTouchTheFile() throws IOException {
		GapModel model = Models.smallModel();
		Path file = dir.resolve("m.crmgap");
		ModelFiles.save(model, file);
		var stamp = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(file, stamp);
		model.eResource().save(null);
		assertEquals(stamp, Files.getLastModifiedTime(file));
	}

	@Test
	void replacedFileKeepsItsPermissionsAndNewFilesAreNotPrivate() throws IOException {
		Path shared = Files.writeString(dir.resolve("shared.crmgap"), "old");
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
		AtomicFiles.replace(shared, "new".getBytes());
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
		Path fresh = dir.resolve("fresh.crmgap");
		AtomicFiles.replace(fresh, "new".getBytes());
		Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh),
				"a new file gets the same rights as any file the user creates");
	}

	@Test
	void idsAreUuidsThatSurviveEdits() throws IOException {
		GapModel model = Models.smallModel();
		Path file = dir.resolve("m.crmgap");
		ModelFiles.save(model, file);
		GapModel loaded = ModelFiles.load(file);
		CustomerSegment segment = loaded.getSegments().get(0);
		String id = loaded.eResource().getURIFragment(segment);
		assertEquals(23, id.length(), id);
		loaded.getSegments().add(0, CrmGapFactory.eINSTANCE.createCustomerSegment());
		ModelFiles.save(loaded, file);
		GapModel again = ModelFiles.load(file);
		assertEquals("Retail", ((CustomerSegment) again.eResource().getEObject(id)).getName());
	}

	private List<Path> listDir() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}
}
