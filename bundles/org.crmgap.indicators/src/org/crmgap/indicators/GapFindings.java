package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.crmgap.model.CrmComponent;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapEndpoint;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.NamedElement;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.Severity;
import org.eclipse.emf.ecore.EObject;

/** Ties each gap of the model to the indicator that measures it and judges it with the gap's thresholds. */
final class GapFindings {

	private final GapModel model;
	private final IndicatorRows rows;
	private final Map<String, GapMeasure> measures = new HashMap<>();

	GapFindings(GapModel model, IndicatorRows rows) {
		this.model = model;
		this.rows = rows;
	}

	List<GapFinding> compute() {
		List<GapFinding> findings = new ArrayList<>();
		for (Gap gap : model.getGaps()) {
			Optional<Indicator> row = rows.list().stream().filter(matcher(gap)).findFirst();
			Severity severity = row.map(r -> rows.severity(r, gap)).orElse(Severity.UNKNOWN);
			row.ifPresent(r -> measures.put(Elements.id(gap), new GapMeasure(r.name(), r.value(), rows.badness(r), rows.sample(r), r, rows.side(r))));
			findings.add(new GapFinding(Elements.id(gap), gap.getName(), gap.getKind(), row.map(Indicator::name).orElse(null),
					row.map(Indicator::value).orElse(null), row.map(Indicator::p).orElse(null), row.map(Indicator::n).orElse(0L),
					severity, names(gap.getCauses()), names(gap.getActions())));
		}
		return findings;
	}

	/** Each measured gap's indicator by the gap's id (after {@link #compute()}). */
	Map<String, GapMeasure> measures() {
		return java.util.Map.copyOf(measures);
	}

	private Predicate<Indicator> matcher(Gap gap) {
		GapKind kind = gap.getKind();
		String segment = segmentOf(gap);
		Predicate<Indicator> ofKind = r -> r.kind() == kind;
		return switch (kind) {
		case CUSTOMER -> dimensionOf(gap.getReference())
				.<Predicate<Indicator>>map(d -> ofKind.and(r -> r.name().equals("customer gap") && isElement(r, d) && r.segment().equals(segment)))
				.orElse(ofKind.and(r -> r.name().equals("SERVQUAL unweighted") && r.segment().equals(segment)));
		case VALUE -> ofKind.and(r -> r.segment().equals(segment));
		case KNOWLEDGE -> ofKind.and(r -> dimensionOf(gap.getReference()).or(() -> dimensionOf(gap.getActual()))
				.map(d -> isElement(r, d)).orElse(false));
		case POLICY -> policy(gap, segment);
		case DELIVERY -> ofKind.and(r -> r.name().equals("compliance") && isElement(r, first(gap, ServiceStandard.class)));
		case COMMUNICATION -> ofKind.and(r -> isElement(r, first(gap, Promise.class)));
		case COMPONENT_READINESS -> ofKind.and(r -> isElement(r, Optional.<EObject>ofNullable(first(gap, CrmComponent.class))
				.orElse(first(gap, OrganisationUnit.class))));
		case COHERENCE -> ofKind.and(r -> r.name().equals("readiness spread across components"));
		};
	}

	/** The standard's target shortfall where the gap names a standard that has one, else the coverage. */
	private Predicate<Indicator> policy(Gap gap, String segment) {
		ServiceStandard standard = first(gap, ServiceStandard.class);
		Predicate<Indicator> shortfall = r -> r.kind() == GapKind.POLICY && r.name().startsWith("target shortfall")
				&& isElement(r, standard);
		if (standard != null && rows.list().stream().anyMatch(shortfall)) {
			return shortfall;
		}
		return r -> r.kind() == GapKind.POLICY && r.name().equals("standard coverage") && r.segment().equals(segment);
	}

	private static boolean isElement(Indicator row, EObject element) {
		return element != null && Elements.id(element).equals(row.elementId());
	}

	private static <T> T first(Gap gap, Class<T> type) {
		if (type.isInstance(gap.getReference())) {
			return type.cast(gap.getReference());
		}
		return type.isInstance(gap.getActual()) ? type.cast(gap.getActual()) : null;
	}

	private static String segmentOf(Gap gap) {
		CustomerSegment segment = gap.getSegment() != null ? gap.getSegment() : first(gap, CustomerSegment.class);
		return segment == null ? "all" : segment.getName();
	}

	private static Optional<EObject> dimensionOf(GapEndpoint end) {
		if (end instanceof ManagementPerception perception) {
			end = perception.getExpectation();
		}
		return end instanceof Expectation e && e.getDimension() != null ? Optional.of(e.getDimension()) : Optional.empty();
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
