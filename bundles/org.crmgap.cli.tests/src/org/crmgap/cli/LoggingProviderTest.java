package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * The Log4j API's activator holds its start-up lock until it sees a provider service (log4j-to-jul's, registered by its
 * activator); without one, the first logger made on another thread than
 * the activator's waits for ever. Fails, not hangs, if the test runtime starts neither (the pom's bundleStartLevel).
 */
class LoggingProviderTest {

	@Test
	void aLoggerIsMadeOnAnotherThread() {
		// loading the class on this thread activates the (lazy) API bundle here, so the logger below is made elsewhere
		assertNotNull(LogManager.class.getName());
		assertNotNull(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LogManager.getLogger(LoggingProviderTest.class),
				"LogManager.getLogger waits for the Log4j API's start-up lock: is its provider (log4j-to-jul) started?"));
	}
}
