package org.crmgap.benchmarks;

import java.util.Map;

import org.crmgap.indicators.ServqualResult;

/** Whether the hand-written SQL gave the pipeline's numbers: every group, item and dimension, to 1e-9. */
final class SurveyAgreement {

	private static final double TOLERANCE = 1e-9;

	private int compared;
	private double largest;
	private String first;

	private SurveyAgreement() {
	}

	static String check(ServqualResult pipeline, Map<String, Map<String, Double>> hand) {
		SurveyAgreement agreement = new SurveyAgreement();
		if (pipeline.groups().size() != hand.size()) {
			return "different groups: pipeline " + pipeline.groups().size() + ", hand-written " + hand.keySet();
		}
		for (ServqualResult.Group group : pipeline.groups()) {
			Map<String, Double> numbers = hand.get(group.segment());
			if (numbers == null) {
				return "group '" + group.segment() + "' missing from the hand-written result";
			}
			agreement.compare(group.segment(), numbers, group);
		}
		return agreement.first == null
				? String.format("same numbers: %d values agree within %.0e (largest difference %.1e)", agreement.compared, TOLERANCE,
						agreement.largest)
				: "DIFFERENT numbers: " + agreement.first;
	}

	private void compare(String segment, Map<String, Double> hand, ServqualResult.Group group) {
		same(segment, "respondents", (double) group.respondents(), hand.get("respondents"));
		same(segment, "excluded answers", 0.0, hand.get("excluded"));
		for (ServqualResult.Item item : group.items()) {
			same(segment, "gap" + item.item(), item.gap(), hand.get("gap" + item.item()));
			same(segment, "n" + item.item(), (double) item.n(), hand.get("n" + item.item()));
		}
		for (ServqualResult.Dimension d : group.dimensions()) {
			String n = d.name();
			same(segment, "gap " + n, d.gap(), hand.get("g_" + n));
			same(segment, "n " + n, (double) d.n(), hand.get("c_" + n));
			same(segment, "t " + n, d.t(), hand.get("t_" + n));
			same(segment, "alpha P " + n, d.alphaP(), hand.get("alphaP_" + n));
			same(segment, "alpha E " + n, d.alphaE(), hand.get("alphaE_" + n));
			same(segment, "MSA " + n, d.msa(), hand.get("msa_" + n));
			same(segment, "MSS " + n, d.mss(), hand.get("mss_" + n));
		}
		same(segment, "unweighted", group.unweighted(), hand.get("unweighted"));
		same(segment, "weighted", group.weighted(), hand.get("weighted"));
	}

	private void same(String segment, String what, Double pipeline, Double hand) {
		compared++;
		double difference = pipeline == null || hand == null ? (pipeline == hand ? 0 : Double.POSITIVE_INFINITY)
				: Math.abs(pipeline - hand) / Math.max(1, Math.abs(pipeline));
		largest = Math.max(largest, difference);
		if (!(difference <= TOLERANCE) && first == null) {
			first = segment + " " + what + ": pipeline " + pipeline + ", hand-written " + hand;
		}
	}
}
