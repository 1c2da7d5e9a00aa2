package org.crmgap.diagram.internal.server;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Starts Apache Aries SPI Fly, OSGi's service loader mediator, before the diagram server loads a Jetty class: Jetty
 * finds its websocket pieces and slf4j its provider (slf4j-jdk14, so Jetty's records reach the log) through
 * {@code java.util.ServiceLoader}, which in OSGi works only in classes SPI Fly wove as they were loaded.
 * <p>
 * The product does not start SPI Fly with the workbench (README, Start time): at start it reads every bundle's
 * localized headers, and it weaves every class of jsvg, which the platform's SVG icons load on the UI thread. Started
 * transiently, so the configuration area does not remember it for the next start.
 */
public final class ServiceLoaderMediator {

	static final String BUNDLE = "org.apache.aries.spifly.dynamic.bundle";

	private ServiceLoaderMediator() {
	}

	/** Starts SPI Fly if it is installed and not started; a failure is logged, the server starts without it. */
	public static synchronized void start() {
		Bundle spiFly = Platform.getBundle(BUNDLE);
		if (spiFly == null || spiFly.getState() == Bundle.ACTIVE) {
			return; // not installed (or not in OSGi): ServiceLoader works as it is
		}
		try {
			spiFly.start(Bundle.START_TRANSIENT);
		} catch (BundleException | IllegalStateException e) {
			ILog.of(ServiceLoaderMediator.class).error("SPI Fly did not start: the diagram server's log records (Jetty's) are lost", e);
		}
	}
}
