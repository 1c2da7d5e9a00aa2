package org.crmgap.model.util;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The running platform's OSGi service of a type, where a bundle the headless bundles must not depend on (the diagram
 * bundle) provides it; empty outside OSGi or when no bundle does.
 */
public final class Services {

	private Services() {
	}

	public static <T> Optional<T> find(Class<T> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
		// not ungotten: the service lives as long as the command's JVM
		return Optional.ofNullable(reference == null ? null : context.getService(reference));
	}
}
