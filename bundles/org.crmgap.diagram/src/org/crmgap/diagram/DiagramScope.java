package org.crmgap.diagram;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Gap;
import org.crmgap.model.OrganisationUnit;

/**
 * What a new diagram starts with (the user can show and hide elements afterwards). Only elements of the diagram's kind
 * get a shape; see {@code DiagramScopes} for exactly which elements each scope takes.
 */
public sealed interface DiagramScope {

	/** Every element the kind shows (what a kind's first diagram shows). */
	record Everything() implements DiagramScope {
	}

	/** Nothing: the user fills the diagram. */
	record Empty() implements DiagramScope {
	}

	/** One segment (relationship profile) and what serves it. */
	record Segment(CustomerSegment segment) implements DiagramScope {
	}

	/** One organisation unit, its sub-units and what they hold. */
	record Unit(OrganisationUnit unit) implements DiagramScope {
	}

	/** One gap: its reference and actual elements and what directly connects them. */
	record GapNeighbourhood(Gap gap) implements DiagramScope {
	}

	static DiagramScope everything() {
		return new Everything();
	}

	static DiagramScope empty() {
		return new Empty();
	}

	static DiagramScope segment(CustomerSegment segment) {
		return new Segment(segment);
	}

	static DiagramScope unit(OrganisationUnit unit) {
		return new Unit(unit);
	}

	static DiagramScope gap(Gap gap) {
		return new GapNeighbourhood(gap);
	}
}
