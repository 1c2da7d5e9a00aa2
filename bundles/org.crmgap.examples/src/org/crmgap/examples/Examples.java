package org.crmgap.examples;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;

/** The example models, templates and the built-in catalogue shipped in this bundle, as files. */
public final class Examples {

	/** The retail bank example: three relationship profiles, its survey, managers, KPI and readiness data. */
	public static final String RETAIL_BANK = "models/retail-bank/retail-bank.crmgap";
	/** The built-in catalogue of causes and recovery actions (an editable model). */
	public static final String BUILT_IN_CATALOGUE = "catalogue/builtin.crmgapcat";
	public static final String EMPTY_TEMPLATE = "templates/empty.crmgap";
	public static final String SERVQUAL_TEMPLATE = "templates/servqual.crmgap";
	public static final String DIE_TEMPLATE = "templates/die.crmgap";

	private Examples() {
	}

	/** The file of a bundle entry such as {@link #RETAIL_BANK}; data files lie beside it. */
	public static Path file(String entry) throws IOException {
		Bundle bundle = Platform.getBundle("org.crmgap.examples");
		URL url = bundle == null ? null : bundle.getEntry(entry);
		if (url == null) {
			throw new IOException("example not found in bundle org.crmgap.examples: " + entry);
		}
		try {
			// URIUtil: file URLs from FileLocator are not escaped (spaces)
			return Path.of(URIUtil.toURI(FileLocator.toFileURL(url)));
		} catch (URISyntaxException e) {
			throw new IOException("example has no file location: " + entry, e);
		}
	}
}
