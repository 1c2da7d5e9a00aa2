package org.crmgap.model.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's XMI handler plus two checks during the one parse: an {@code xmi:id} seen twice is an error (EMF would
 * silently move every reference to the later element), and each reference given by URI is recorded with its
 * line so that one that cannot be resolved can be named after the load.
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

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		super.handleProxy(proxy, uriLiteral);
		if (xmlResource instanceof CrmGapResource resource) {
			resource.referenceRead(proxy, getLineNumber(), getColumnNumber());
		}
	}
}
