package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * As in the product, this test runtime does not start SPI Fly (the pom): the diagram server starts it before it loads
 * Jetty, so Jetty finds slf4j's provider and its records reach java.util.logging (the log file). Without that start
 * slf4j has no provider and drops every record.
 */
class ServiceLoaderMediatorTest {

	@Test
	void theServerStartsSpiFlyAndJettysRecordsReachJavaUtilLogging() throws Exception {
		Logger jetty = Logger.getLogger("org.eclipse.jetty.server.Server");
		List<LogRecord> records = new CopyOnWriteArrayList<>();
		Handler handler = new Handler() {
			@Override
			public void publish(LogRecord record) {
				records.add(record);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Level before = jetty.getLevel();
		jetty.setLevel(Level.INFO);
		jetty.addHandler(handler);
		int state;
		try (DiagramServer server = DiagramServer.start()) {
			state = spiFly().getState();
		} finally {
			jetty.removeHandler(handler);
			jetty.setLevel(before);
		}
		assertTrue(records.stream().anyMatch(r -> r.getMessage().startsWith("Started ")),
				"Jetty's 'Started ...' record through slf4j to java.util.logging; got " + records.size() + " records");
		assertEquals(Bundle.ACTIVE, state, "SPI Fly after the diagram server started");
		assertFalse(spiFly().adapt(BundleStartLevel.class).isPersistentlyStarted(),
				"SPI Fly started transiently (not remembered for the next start), and not by the test runtime");
	}

	private static Bundle spiFly() {
		Bundle spiFly = Platform.getBundle("org.apache.aries.spifly.dynamic.bundle");
		if (spiFly == null) {
			throw new AssertionError("SPI Fly is not in the test runtime");
		}
		return spiFly;
	}
}
