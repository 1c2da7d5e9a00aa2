package org.crmgap.model.compare;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** An element's identity across versions: its {@code xmi:id}, or its URI where it has none (another file, a proxy). */
final class Ids {

	private Ids() {
	}

	static String of(EObject element) {
		if (element == null) {
			return null;
		}
		Resource resource = element.eResource();
		String id = resource instanceof XMLResource xml ? xml.getID(element) : null;
		return id != null ? id : EcoreUtil.getURI(element).fragment();
	}
}
