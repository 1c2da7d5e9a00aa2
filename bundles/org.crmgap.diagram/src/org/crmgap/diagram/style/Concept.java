package org.crmgap.diagram.style;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.crmgap.model.CrmGapPackage.Literals;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * The style table of the nodes: per concept its GLSP type, shape, icon, colours, default size, layer, and where a new
 * one is kept in the model. The one place to change how a concept looks; the client draws what the node's arguments say.
 */
public enum Concept {
	// external side (above the line)
	SEGMENT(Literals.CUSTOMER_SEGMENT, "Customer segment", Shape.PERSON, "account", "#e3f0fb", "#2a6fb0", 190, 70,
			Layer.EXTERNAL, Literals.GAP_MODEL__SEGMENTS, null, Literals.CUSTOMER_SEGMENT__RELATIONSHIP_STAGE, Literals.CUSTOMER_SEGMENT__EXPECTED_BOND),
	EXPECTATION(Literals.EXPECTATION, "Expectation", Shape.ELLIPSE, "star-empty", "#eef6ff", "#4a84c4", 180, 56,
			Layer.EXTERNAL, Literals.CUSTOMER_SEGMENT__EXPECTATIONS, Literals.CUSTOMER_SEGMENT),
	// internal side (below the line)
	PERCEPTION(Literals.MANAGEMENT_PERCEPTION, "Management perception", Shape.CLOUD, "eye", "#f3ecfa", "#7a4fb0", 190, 60,
			Layer.INTERNAL, Literals.GAP_MODEL__MANAGEMENT_PERCEPTIONS, null),
	STANDARD(Literals.SERVICE_STANDARD, "Service standard", Shape.DOCUMENT, "checklist", "#fff6dc", "#b08320", 190, 60,
			Layer.INTERNAL, Literals.GAP_MODEL__SERVICE_STANDARDS, null, Literals.SERVICE_STANDARD__TARGET, Literals.SERVICE_STANDARD__UNIT),
	UNIT(Literals.ORGANISATION_UNIT, "Organisation unit", Shape.BUILDING, "organization", "#eceff3", "#4d5a6a", 190, 64,
			Layer.INTERNAL, Literals.GAP_MODEL__ORGANISATION_UNITS, null, Literals.ORGANISATION_UNIT__KIND),
	COMPONENT(Literals.CRM_COMPONENT, "CRM component", Shape.COMPONENT, "server-process", "#e6f5ee", "#2f8a5b", 180, 56,
			Layer.INTERNAL, Literals.ORGANISATION_UNIT__COMPONENTS, Literals.ORGANISATION_UNIT, Literals.CRM_COMPONENT__KIND),
	FLOW(Literals.INTERACTION_FLOW, "Interaction flow", Shape.ARROW, "arrow-swap", "#e8f7f8", "#23818a", 190, 56,
			Layer.INTERNAL, Literals.GAP_MODEL__INTERACTION_FLOWS, null, Literals.INTERACTION_FLOW__CHANNEL, Literals.INTERACTION_FLOW__BOND),
	COMMUNICATION(Literals.COMMUNICATION, "Communication", Shape.SPEECH, "megaphone", "#fdeee8", "#b5562e", 190, 60,
			Layer.INTERNAL, Literals.GAP_MODEL__COMMUNICATIONS, null, Literals.COMMUNICATION__CHANNEL),
	PROMISE(Literals.PROMISE, "Promise", Shape.TAG, "tag", "#fff1f1", "#b54a4a", 170, 52,
			Layer.INTERNAL, Literals.COMMUNICATION__PROMISES, Literals.COMMUNICATION, Literals.PROMISE__PROMISED_LEVEL),
	// data attached to the model
	DATA_SOURCE(Literals.DATA_SOURCE, "Data source", Shape.CYLINDER, "database", "#f1f1f1", "#666666", 170, 56,
			Layer.DATA, Literals.GAP_MODEL__DATA_SOURCES, null, Literals.DATA_SOURCE__ROLE);

	/** The outline the client draws. */
	public enum Shape {
		PERSON, ELLIPSE, CLOUD, DOCUMENT, BUILDING, COMPONENT, ARROW, SPEECH, TAG, CYLINDER
	}

	private final EClass eClass;
	private final String label;
	private final Shape shape;
	private final String icon;
	private final String fill;
	private final String stroke;
	private final double width;
	private final double height;
	private final Layer layer;
	private final EReference containment;
	private final EClass owner;
	private final List<EAttribute> shown;

	Concept(EClass eClass, String label, Shape shape, String icon, String fill, String stroke, double width,
			double height, Layer layer, EReference containment, EClass owner, EAttribute... shown) {
		this.eClass = eClass;
		this.label = label;
		this.shape = shape;
		this.icon = icon;
		this.fill = fill;
		this.stroke = stroke;
		this.width = width;
		this.height = height;
		this.layer = layer;
		this.containment = containment;
		this.owner = owner;
		this.shown = List.of(shown);
	}

	/** The attributes the node shows under its name (stage and bond of a segment, channel of a flow). */
	public List<EAttribute> shown() {
		return shown;
	}

	/** The GLSP element type, e.g. {@code node:segment}. */
	public String type() {
		return "node:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Optional<Concept> of(EClass eClass) {
		return Arrays.stream(values()).filter(c -> c.eClass == eClass).findFirst();
	}

	public static Optional<Concept> ofType(String type) {
		return Arrays.stream(values()).filter(c -> c.type().equals(type)).findFirst();
	}

	public EClass eClass() {
		return eClass;
	}

	public String label() {
		return label;
	}

	public Shape shape() {
		return shape;
	}

	/** A codicon name. */
	public String icon() {
		return icon;
	}

	public String fill() {
		return fill;
	}

	public String stroke() {
		return stroke;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public Layer layer() {
		return layer;
	}

	/** The reference that holds new elements of this concept. */
	public EReference containment() {
		return containment;
	}

	/** The concept a new element must be put into (null: the model itself). */
	public EClass owner() {
		return owner;
	}
}
