package org.crmgap.validation;

import java.util.List;
import java.util.Map;

import org.crmgap.model.Communication;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapEndpoint;
import org.crmgap.model.GapKind;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;

/** What each gap kind connects: its reference side and its actual side (the SERVQUAL and DIE definitions). */
final class GapEndpoints {

	record Expected(List<Class<?>> reference, List<Class<?>> actual, String description) {
		boolean fits(Gap gap) {
			return matches(reference, gap.getReference()) && matches(actual, gap.getActual());
		}

		private static boolean matches(List<Class<?>> types, GapEndpoint end) {
			return types.stream().anyMatch(t -> t.isInstance(end));
		}
	}

	private static final Map<GapKind, Expected> TABLE = Map.of(
			GapKind.KNOWLEDGE, new Expected(List.of(Expectation.class, CustomerSegment.class), List.of(ManagementPerception.class),
					"a customer expectation (or segment) with a management perception"),
			GapKind.POLICY, new Expected(List.of(ManagementPerception.class, Expectation.class), List.of(ServiceStandard.class),
					"a management perception (or expectation) with a service standard"),
			GapKind.DELIVERY, new Expected(List.of(ServiceStandard.class), List.of(InteractionFlow.class, OrganisationUnit.class),
					"a service standard with the interaction flow or unit that delivers it"),
			GapKind.COMMUNICATION, new Expected(List.of(Promise.class, Communication.class), List.of(ServiceStandard.class),
					"a promise (or communication) with the service standard it is about"),
			GapKind.CUSTOMER, new Expected(List.of(Expectation.class, CustomerSegment.class), List.of(CustomerSegment.class),
					"a customer expectation with the segment that perceives the service"),
			GapKind.VALUE, new Expected(List.of(Communication.class, Expectation.class, CustomerSegment.class),
					List.of(CustomerSegment.class), "the value promised or expected with the segment that experiences it"),
			GapKind.COMPONENT_READINESS, new Expected(List.of(OrganisationUnit.class, CrmComponent.class),
					List.of(CrmComponent.class, OrganisationUnit.class), "an organisation unit with its CRM component"),
			GapKind.COHERENCE, new Expected(List.of(OrganisationUnit.class, CrmComponent.class),
					List.of(OrganisationUnit.class, CrmComponent.class), "organisation units or CRM components"));

	private GapEndpoints() {
	}

	static Expected of(GapKind kind) {
		return TABLE.get(kind);
	}
}
