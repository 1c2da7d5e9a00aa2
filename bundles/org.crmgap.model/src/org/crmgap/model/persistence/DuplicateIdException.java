package org.crmgap.model.persistence;

import org.eclipse.emf.ecore.xmi.XMIException;

/** An {@code xmi:id} given to a second element; the line of the first one is looked up only when this happens. */
final class DuplicateIdException extends XMIException {

	private static final long serialVersionUID = 1L;

	private final String id;

	DuplicateIdException(String id, String location, int line, int column) {
		super("duplicate id " + id, location, line, column);
		this.id = id;
	}

	String id() {
		return id;
	}
}
