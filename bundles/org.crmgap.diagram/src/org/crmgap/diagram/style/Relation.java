package org.crmgap.diagram.style;

import java.util.Arrays;
import java.util.Optional;

import org.crmgap.model.CrmGapPackage.Literals;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * The style table of the reference edges: a model reference drawn from its owner to its target. Containments are
 * drawn too (a segment has its expectations) but are changed by moving elements, not by drawing.
 */
public enum Relation {
	HAS_EXPECTATION(Literals.CUSTOMER_SEGMENT__EXPECTATIONS, "expects", Layer.EXTERNAL),
	PERCEIVES(Literals.MANAGEMENT_PERCEPTION__EXPECTATION, "perceives", Layer.INTERNAL),
	ADDRESSES(Literals.SERVICE_STANDARD__ADDRESSES, "addresses", Layer.INTERNAL),
	OWNED_BY(Literals.SERVICE_STANDARD__OWNER_UNIT, "owned by", Layer.INTERNAL),
	HAS_COMPONENT(Literals.ORGANISATION_UNIT__COMPONENTS, "has", Layer.INTERNAL),
	HAS_SUBUNIT(Literals.ORGANISATION_UNIT__SUB_UNITS, "contains", Layer.INTERNAL),
	PERFORMED_BY(Literals.INTERACTION_FLOW__PERFORMER, "performed by", Layer.INTERNAL),
	REALISES(Literals.INTERACTION_FLOW__REALISED_STANDARDS, "realises", Layer.INTERNAL),
	SERVES(Literals.INTERACTION_FLOW__SERVED_SEGMENTS, "serves", Layer.INTERNAL),
	PROMISES(Literals.COMMUNICATION__PROMISES, "promises", Layer.INTERNAL),
	AUDIENCE(Literals.COMMUNICATION__AUDIENCE, "audience", Layer.INTERNAL),
	ISSUED_BY(Literals.COMMUNICATION__ISSUER, "issued by", Layer.INTERNAL),
	CONCERNS(Literals.PROMISE__STANDARD, "concerns", Layer.INTERNAL);

	private final EReference reference;
	private final String label;
	private final Layer layer;

	Relation(EReference reference, String label, Layer layer) {
		this.reference = reference;
		this.label = label;
		this.layer = layer;
	}

	/** The GLSP element type, e.g. {@code edge:addresses}. */
	public String type() {
		return "edge:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Optional<Relation> ofType(String type) {
		return Arrays.stream(values()).filter(r -> r.type().equals(type)).findFirst();
	}

	public EReference reference() {
		return reference;
	}

	public EClass source() {
		return reference.getEContainingClass();
	}

	public EClass target() {
		return reference.getEReferenceType();
	}

	public String label() {
		return label;
	}

	public Layer layer() {
		return layer;
	}

	/** Drawn by the user with a palette tool; containments are not. */
	public boolean drawable() {
		return !reference.isContainment();
	}
}
