package org.crmgap.diagram.internal.figure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crmgap.model.CrmGapPackage.Literals;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** How many model elements stand behind each box of the figure, and how the box says it. */
public final class FigureCounts {

	/** The elements behind a box: how many in all, and per concept ("3 segments · 19 expectations"). */
	public record Count(int total, String text) {
	}

	private FigureCounts() {
	}

	/**
	 * The count of each box of {@link FigureTemplate#BOXES}, by box id; for one segment (null: all) the boxes of the
	 * customer side, management perceptions, standards, flows and communications count what concerns it.
	 */
	public static Map<String, Count> of(GapModel model, CustomerSegment segment) {
		Map<String, Count> counts = of(model);
		if (segment != null) {
			var expectations = segment.getExpectations();
			counts.put("expected", new Count(1 + expectations.size(), "1 segment \u00b7 " + plural(expectations.size(), "expectation")));
			int perceptions = (int) model.getManagementPerceptions().stream().filter(p -> expectations.contains(p.getExpectation())).count();
			counts.put("management", new Count(perceptions, plural(perceptions, "management perception")));
			int standards = (int) model.getServiceStandards().stream()
					.filter(s -> s.getAddresses().stream().anyMatch(expectations::contains)).count();
			counts.put("standards", new Count(standards, plural(standards, "service standard")));
			int flows = (int) model.getInteractionFlows().stream().filter(f -> f.getServedSegments().contains(segment)).count();
			counts.put("flows", new Count(flows, plural(flows, "flow")));
			int delivery = counts.get("units").total() + counts.get("components").total() + flows;
			counts.put("delivery", new Count(delivery, plural(delivery, "element")));
			var communications = model.getCommunications().stream().filter(c -> c.getAudience().contains(segment)).toList();
			int promises = communications.stream().mapToInt(c -> c.getPromises().size()).sum();
			counts.put("communications", new Count(communications.size() + promises,
					plural(communications.size(), "communication") + " \u00b7 " + plural(promises, "promise")));
		}
		return counts;
	}

	private static Map<String, Count> of(GapModel model) {
		Map<EClass, Integer> n = new HashMap<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			n.merge(element.eClass(), 1, Integer::sum);
		}
		Map<String, Count> counts = new LinkedHashMap<>();
		counts.put("expected", count(n, Literals.CUSTOMER_SEGMENT, "segment", Literals.EXPECTATION, "expectation"));
		counts.put("perceived", count(n, Literals.SURVEY_INSTRUMENT, "survey", Literals.SURVEY_ITEM, "survey item"));
		counts.put("management", count(n, Literals.MANAGEMENT_PERCEPTION, "management perception"));
		counts.put("standards", count(n, Literals.SERVICE_STANDARD, "service standard"));
		counts.put("units", count(n, Literals.ORGANISATION_UNIT, "unit"));
		counts.put("components", count(n, Literals.CRM_COMPONENT, "component"));
		counts.put("flows", count(n, Literals.INTERACTION_FLOW, "flow"));
		int delivery = counts.get("units").total() + counts.get("components").total() + counts.get("flows").total();
		counts.put("delivery", new Count(delivery, plural(delivery, "element")));
		counts.put("communications", count(n, Literals.COMMUNICATION, "communication", Literals.PROMISE, "promise"));
		return counts;
	}

	/** Pairs of a class and its noun. */
	private static Count count(Map<EClass, Integer> n, Object... classesAndNouns) {
		int total = 0;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < classesAndNouns.length; i += 2) {
			int k = n.getOrDefault((EClass) classesAndNouns[i], 0);
			total += k;
			text.append(i == 0 ? "" : " \u00b7 ").append(plural(k, (String) classesAndNouns[i + 1]));
		}
		return new Count(total, text.toString());
	}

	static String plural(int k, String noun) {
		return k + " " + noun + (k == 1 ? "" : "s");
	}
}
