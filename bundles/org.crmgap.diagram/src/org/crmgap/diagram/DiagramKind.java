package org.crmgap.diagram;

import java.util.List;

import org.crmgap.diagram.style.Concept;
import org.crmgap.diagram.style.Relation;

/** The kinds of diagram, each with the concepts and relations it shows (one GLSP diagram module each). */
public enum DiagramKind {
	/** The SERVQUAL/DIE gap-model figure: fixed boxes and gap arrows with live values, drawn by a template, read-only. */
	GAP_MODEL("gap-model", "Gap model", List.of(), List.of(), false),
	/** Everything: the external side above, the internal side below, the gaps between. */
	DIE_OVERVIEW("die-overview", "DIE overview", List.of(Concept.values()), List.of(Relation.values()), true),
	/** Units and their CRM components, the standards they own; readiness gaps. */
	ORGANISATION("organisation", "Organisation", List.of(Concept.UNIT, Concept.COMPONENT, Concept.STANDARD),
			List.of(Relation.HAS_SUBUNIT, Relation.HAS_COMPONENT, Relation.OWNED_BY), true,
			Relation.HAS_SUBUNIT, Relation.HAS_COMPONENT),
	/** Segments with stage and bond, their expectations, the interaction flows that serve them and their channels. */
	PROFILES("relationship-profiles", "Relationship profiles", List.of(Concept.SEGMENT, Concept.EXPECTATION, Concept.FLOW),
			List.of(Relation.HAS_EXPECTATION, Relation.SERVES), true),
	/** Communications, their promises, the standards these concern and the audiences. */
	COMMUNICATIONS("communications", "Communications", List.of(Concept.COMMUNICATION, Concept.PROMISE, Concept.STANDARD,
			Concept.SEGMENT, Concept.UNIT), List.of(Relation.PROMISES, Relation.CONCERNS, Relation.AUDIENCE, Relation.ISSUED_BY), true);

	private final String id;
	private final String label;
	private final List<Concept> concepts;
	private final List<Relation> relations;
	private final boolean gaps;
	private final List<Relation> nested;

	DiagramKind(String id, String label, List<Concept> concepts, List<Relation> relations, boolean gaps,
			Relation... nested) {
		this.id = id;
		this.label = label;
		this.concepts = concepts;
		this.relations = relations;
		this.gaps = gaps;
		this.nested = List.of(nested);
	}

	/** Containments drawn as nesting (units inside units, components inside units) rather than as edges. */
	public List<Relation> nested() {
		return nested;
	}

	/** The GLSP diagram type. */
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public List<Concept> concepts() {
		return concepts;
	}

	public List<Relation> relations() {
		return relations;
	}

	/** Whether gaps are drawn as edges. */
	public boolean showsGaps() {
		return gaps;
	}

	/** Whether the kind is drawn by the fixed template of the gap-model figure rather than from a notation diagram. */
	public boolean isTemplate() {
		return this == GAP_MODEL;
	}

	public static DiagramKind of(String id) {
		for (DiagramKind k : values()) {
			if (k.id.equals(id)) {
				return k;
			}
		}
		throw new IllegalArgumentException("unknown diagram kind " + id);
	}
}
