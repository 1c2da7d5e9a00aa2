package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.stat.descriptive.StatisticalSummary;

/** The change of each dimension gap of one group between two waves (domain reference, "Evaluate"). */
final class WaveChanges {

	private WaveChanges() {
	}

	static WaveComparison.GroupChange of(CustomerGapQuery.Scored now, CustomerGapQuery.Scored before) {
		List<WaveComparison.DimensionChange> changes = new ArrayList<>();
		List<ServqualResult.Dimension> dimensions = now.group().dimensions();
		for (int k = 0; k < dimensions.size(); k++) {
			ServqualResult.Dimension d = dimensions.get(k);
			int earlier = indexOf(before.group().dimensions(), d.name());
			if (earlier < 0) {
				changes.add(new WaveComparison.DimensionChange(d.name(), null, null, null, null, null));
				continue;
			}
			Double previousGap = before.group().dimensions().get(earlier).gap();
			Double change = d.gap() == null || previousGap == null ? null : d.gap() - previousGap;
			Statistics.TwoSample test = change == null ? null
					: welch(now.scores().get(k), before.scores().get(earlier));
			changes.add(new WaveComparison.DimensionChange(d.name(), previousGap, change, test == null ? null : test.t(),
					test == null ? null : test.df(), test == null ? null : test.p()));
		}
		return new WaveComparison.GroupChange(now.group().segment(), List.copyOf(changes));
	}

	private static Statistics.TwoSample welch(StatisticalSummary now, StatisticalSummary before) {
		if (Double.isNaN(now.getVariance()) || Double.isNaN(before.getVariance())) {
			return null;
		}
		return Statistics.welch(now, before);
	}

	private static int indexOf(List<ServqualResult.Dimension> dimensions, String name) {
		for (int i = 0; i < dimensions.size(); i++) {
			if (dimensions.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}
}
