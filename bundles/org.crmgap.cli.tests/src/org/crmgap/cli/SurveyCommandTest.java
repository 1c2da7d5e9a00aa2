package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crmgap survey} on bad data: one line naming the problem on stderr, nothing on stdout, exit code 2. */
class SurveyCommandTest {

	@TempDir
	Path dir;

	@Test
	void cliReportsBadDataAndExitsWithTwo() {
		Path missing = dir.resolve("gone.csv");
		Commands.Run run = Commands.run("survey", missing.toString(), "--format", "json");
		assertEquals(2, run.code());
		assertEquals("error: " + missing + ": file does not exist", run.err().strip());
		assertEquals("", run.out());
	}
}
