package org.crmgap.rcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every bundle of the product (the UI feature with the core one and all libraries) resolves in OSGi. */
class ProductBundlesTest {

	private final Bundle[] bundles = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();

	@Test
	void noBundleIsLeftUnresolved() {
		List<String> unresolved = Arrays.stream(bundles).filter(b -> b.getState() == Bundle.INSTALLED)
				.map(Bundle::getSymbolicName).sorted().toList();
		assertEquals(List.of(), unresolved);
	}

	@Test
	void theLibrariesOfTheNextLayersArePresent() {
		for (String name : List.of("org.duckdb.duckdb_jdbc", "org.hipparchus.stat", "picocli",
				"org.eclipse.emfcloud.emfjson-jackson", "org.eclipse.elk.alg.layered", "org.eclipse.glsp.server",
				"org.eclipse.glsp.graph")) {
			assertNotNull(Arrays.stream(bundles).filter(b -> name.equals(b.getSymbolicName())).findFirst().orElse(null), name);
		}
	}
}
