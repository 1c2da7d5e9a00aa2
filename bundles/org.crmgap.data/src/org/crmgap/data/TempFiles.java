package org.crmgap.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The temporary plain CSV files a sheet, an export or a query's rows are written to before loading. */
final class TempFiles {

	private TempFiles() {
	}

	/** Deletes the file written so far after a failure; a failure to delete is kept with the cause, not thrown over it. */
	static void deleteAfterFailure(Path file, Exception cause) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			cause.addSuppressed(e);
		}
	}
}
