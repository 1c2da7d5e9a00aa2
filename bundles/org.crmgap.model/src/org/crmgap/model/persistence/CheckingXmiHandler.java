package org.crmgap.model.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's XMI handler plus a check during the one parse: an {@code xmi:id} seen twice is an error (EMF would
 * silently move every reference to the later element).
 */
final class CheckingXmiHandler extends SAXXMIHandler {

	CheckingXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void handleObjectAttribs(EObject obj) {
		Map<String, EObject> ids = xmlResource.getIDToEObjectMap();
		int before = ids.size();
		super.handleObjectAttribs(obj);
		// a new id grows the map; an id already there replaces its element: only then look closer
		if (ids.size() == before) {
			String id = xmlResource.getID(obj);
			if (id != null) {
				error(new DuplicateIdException(id, getLocation(), getLineNumber(), getColumnNumber()));
			}
		}
	}
}
