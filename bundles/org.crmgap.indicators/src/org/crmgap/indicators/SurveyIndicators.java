package org.crmgap.indicators;

import java.util.List;
import java.util.Optional;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.eclipse.emf.ecore.EObject;

/** Rows for the survey-based gaps: customer (gap 5) per segment and dimension, value, knowledge (gap 1). */
final class SurveyIndicators {

	private final GapModel model;
	private final IndicatorRows rows;

	SurveyIndicators(GapModel model, IndicatorRows rows) {
		this.model = model;
		this.rows = rows;
	}

	/** The model's segment name for a segment value in the data ("all" stays "all"). */
	String segmentName(String dataKey) {
		return segment(dataKey).map(CustomerSegment::getName).orElse(dataKey);
	}

	Optional<CustomerSegment> segment(String dataKey) {
		return model.getSegments().stream().filter(s -> java.util.Objects.equals(dataKey, s.effectiveDataKey())).findFirst();
	}

	private EObject dimension(String name) {
		return model.getDimensions().stream().filter(d -> name.equals(d.getName())).findFirst().map(EObject.class::cast)
				.orElse(model);
	}

	void customer(ServqualAnalysis.Run run) {
		for (CustomerGapQuery.Scored scored : run.groups()) {
			ServqualResult.Group group = scored.group();
			String segment = segmentName(group.segment());
			EObject where = segment(group.segment()).map(EObject.class::cast).orElse(model);
			for (int k = 0; k < group.dimensions().size(); k++) {
				ServqualResult.Dimension d = group.dimensions().get(k);
				rows.addTested(GapKind.CUSTOMER, dimension(d.name()), segment, "customer gap", d.gap(), d.ciLow(), d.ciHigh(),
						d.p(), d.n(), BadSide.BELOW_ZERO, sample(scored, k));
			}
			rows.add(GapKind.CUSTOMER, where, segment, "SERVQUAL unweighted", group.unweighted(), null, null, null,
					group.respondents(), BadSide.BELOW_ZERO);
			rows.add(GapKind.CUSTOMER, where, segment, "SERVQUAL weighted", group.weighted(), null, null, null,
					group.respondents(), BadSide.BELOW_ZERO);
		}
	}

	void value(ServqualAnalysis.Run run) {
		for (CustomerGapQuery.Scored scored : run.groups()) {
			ServqualResult.Group group = scored.group();
			String segment = segmentName(group.segment());
			EObject where = segment(group.segment()).map(EObject.class::cast).orElse(model);
			for (int k = 0; k < group.dimensions().size(); k++) {
				ServqualResult.Dimension d = group.dimensions().get(k);
				rows.addTested(GapKind.VALUE, where, segment, "value gap", d.gap(), d.ciLow(), d.ciHigh(), d.p(), d.n(),
						BadSide.BELOW_ZERO, sample(scored, k));
			}
		}
	}

	/** The respondents' scores of a group's dimension, null when there are none (no mean, no variance). */
	private static Sample sample(CustomerGapQuery.Scored scored, int dimension) {
		var scores = scored.scores().get(dimension);
		return Double.isNaN(scores.getMean()) ? null : Sample.scores(scores);
	}

	void knowledge(ServqualResult.KnowledgeGap knowledge) {
		if (knowledge == null) {
			return;
		}
		for (ServqualResult.KnowledgeDimension d : knowledge.dimensions()) {
			// managers misjudging in either direction is a knowledge gap
			// a difference of two samples per wave: no two-sample test between waves applies (compared plainly)
			rows.addTested(GapKind.KNOWLEDGE, dimension(d.name()), "all", "knowledge gap", d.gap(), null, null, d.p(),
					d.managers() + d.customers(), BadSide.EITHER_SIDE, null);
		}
	}

	/** Segments of the model that no respondent belongs to. */
	List<String> emptySegments(ServqualResult result) {
		List<String> present = result.groups().stream().map(ServqualResult.Group::segment).toList();
		return model.getSegments().stream().filter(s -> !present.contains(s.effectiveDataKey()))
				.map(s -> "segment '" + s.getName() + "' has no respondents in the survey (data key '" + s.effectiveDataKey() + "')")
				.toList();
	}
}
