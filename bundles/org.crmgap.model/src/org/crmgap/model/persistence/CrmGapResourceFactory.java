package org.crmgap.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link CrmGapResource}s for {@code .crmgap} models and {@code .crmgapcat} catalogues. */
public class CrmGapResourceFactory extends ResourceFactoryImpl {

	public static final String MODEL_EXTENSION = "crmgap";
	public static final String CATALOGUE_EXTENSION = "crmgapcat";

	@Override
	public Resource createResource(URI uri) {
		return new CrmGapResource(uri);
	}
}
