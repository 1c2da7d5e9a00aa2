package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a model's data source is: its location relative to the model file's folder. Data is read from inside
 * that folder only (also through links), unless the user allows locations outside it explicitly: a model
 * from elsewhere must not make the tool read, and echo, any file of the machine.
 */
public final class DataLocations {

	private DataLocations() {
	}

	/** The file of {@code location} (relative to the folder of {@code modelFile}, or absolute). */
	public static Path resolve(Path modelFile, String location, boolean allowOutside) throws DataException {
		Path dir = modelFile.toAbsolutePath().normalize().getParent();
		if (location == null || location.isBlank()) {
			throw new DataException(dir, "a data source has no location");
		}
		Path file;
		try {
			file = dir.resolve(location).normalize();
		} catch (InvalidPathException e) {
			throw new DataException(dir, "data location '" + location + "' is not a valid path: " + e.getReason());
		}
		if (!allowOutside && !inside(dir, file)) {
			throw new DataException(file, "lies outside the model's folder " + dir + "; data there is read only when "
					+ "allowed (--allow-outside-data on the command line, Preferences > CRM Gap Studio in the workbench)");
		}
		return file;
	}

	private static boolean inside(Path dir, Path file) throws DataException {
		if (!file.startsWith(dir)) {
			return false;
		}
		if (!Files.exists(file)) {
			return true;
		}
		try {
			return file.toRealPath().startsWith(dir.toRealPath());
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be resolved: " + e.getMessage(), e);
		}
	}
}
