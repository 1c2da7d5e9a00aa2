package org.crmgap.diagram.internal.server;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

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
		Bundle self = FrameworkUtil.getBundle(ServiceLoaderMediator.class);
		if (self == null) {
			return; // not in OSGi: ServiceLoader works as it is
		}
		BundleContext context = self.getBundleContext();
		if (context == null) {
			ILog.of(ServiceLoaderMediator.class).warn(self.getSymbolicName()
					+ " is not started, so it cannot start SPI Fly: the diagram server's log records may be lost");
			return;
		}
		for (Bundle bundle : context.getBundles()) {
			if (BUNDLE.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException | IllegalStateException e) {
					ILog.of(ServiceLoaderMediator.class).error(
							"SPI Fly did not start: the diagram server's log records (Jetty's) are lost", e);
				}
			}
		}
	}
}
