package org.crmgap.diagram.internal.layout;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramScope;
import org.crmgap.model.Communication;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceStandard;
import org.eclipse.emf.ecore.EObject;

/**
 * The elements a new diagram of a scope starts with, read from the model's references and then narrowed to the
 * concepts of the diagram's kind:
 * <ul>
 * <li>a segment: the segment, its expectations, the management perceptions of those expectations, the service
 * standards addressing them, the interaction flows serving the segment and the units performing those flows, the
 * communications addressed to the segment with their promises, and both ends of the gaps measured for the segment;</li>
 * <li>a unit: the unit, all its sub-units, their CRM components, the standards they own, the flows they perform and
 * the communications they issue with their promises;</li>
 * <li>a gap: its reference and actual elements and every element one relation away from both (a delivery gap's
 * standard and flow bring the unit that owns the one and performs the other);</li>
 * <li>everything: every element of the kind; empty: none.</li>
 * </ul>
 */
public final class DiagramScopes {

	private DiagramScopes() {
	}

	/** The scope's elements the kind shows, in model order. */
	public static Set<EObject> elements(GapModel model, DiagramKind kind, DiagramScope scope) {
		Set<EObject> wanted = switch (scope) {
		case DiagramScope.Everything e -> null;
		case DiagramScope.Empty e -> Set.of();
		case DiagramScope.Segment s -> segment(model, s.segment());
		case DiagramScope.Unit u -> unit(model, u.unit());
		case DiagramScope.GapNeighbourhood g -> gap(model, kind, g.gap());
		};
		Set<EObject> elements = new LinkedHashSet<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if ((wanted == null || wanted.contains(element)) && Neighbours.shows(kind, element)) {
				elements.add(element);
			}
		}
		return elements;
	}

	private static Set<EObject> segment(GapModel model, CustomerSegment segment) {
		Set<EObject> in = new HashSet<>();
		in.add(segment);
		in.addAll(segment.getExpectations());
		for (ManagementPerception perception : model.getManagementPerceptions()) {
			if (segment.getExpectations().contains(perception.getExpectation())) {
				in.add(perception);
			}
		}
		for (Expectation expectation : segment.getExpectations()) {
			in.addAll(expectation.getAddressedBy());
		}
		for (InteractionFlow flow : model.getInteractionFlows()) {
			if (flow.getServedSegments().contains(segment)) {
				in.add(flow);
				addIfSet(in, flow.getPerformer());
			}
		}
		for (Communication communication : model.getCommunications()) {
			if (communication.getAudience().contains(segment)) {
				in.add(communication);
				in.addAll(communication.getPromises());
			}
		}
		for (Gap gap : model.getGaps()) {
			if (gap.getSegment() == segment) {
				addIfSet(in, gap.getReference());
				addIfSet(in, gap.getActual());
			}
		}
		return in;
	}

	private static Set<EObject> unit(GapModel model, OrganisationUnit unit) {
		Set<EObject> in = new HashSet<>();
		in.add(unit);
		unit.eAllContents().forEachRemaining(in::add); // sub-units and all components
		Set<EObject> units = new HashSet<>(in);
		for (ServiceStandard standard : model.getServiceStandards()) {
			if (units.contains(standard.getOwnerUnit())) {
				in.add(standard);
			}
		}
		for (InteractionFlow flow : model.getInteractionFlows()) {
			if (units.contains(flow.getPerformer())) {
				in.add(flow);
			}
		}
		for (Communication communication : model.getCommunications()) {
			if (units.contains(communication.getIssuer())) {
				in.add(communication);
				in.addAll(communication.getPromises());
			}
		}
		return in;
	}

	private static Set<EObject> gap(GapModel model, DiagramKind kind, Gap gap) {
		Set<EObject> in = new HashSet<>();
		EObject reference = gap.getReference(), actual = gap.getActual();
		addIfSet(in, reference);
		addIfSet(in, actual);
		if (reference != null && actual != null) {
			Set<EObject> common = new HashSet<>(Neighbours.of(model, kind, reference));
			common.retainAll(Neighbours.of(model, kind, actual));
			in.addAll(common);
		}
		return in;
	}

	private static void addIfSet(Set<EObject> in, EObject element) {
		if (element != null) {
			in.add(element);
		}
	}
}
