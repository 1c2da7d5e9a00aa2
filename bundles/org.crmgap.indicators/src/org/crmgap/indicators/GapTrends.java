package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.Severity;

/** Every gap's indicator across the model's waves (Evaluate: how the gaps moved), for models with two waves or more. */
final class GapTrends {

	private GapTrends() {
	}

	/** {@code current}: the wave analysed (its change from the wave before it is the trend's change). */
	static List<GapTrend> of(GapModel model, WaveReads reads, MeasurementWave current, Severities severities) {
		if (model.getWaves().size() < 2) {
			return List.of();
		}
		List<MeasurementWave> waves = model.getWaves().stream().sorted(Waves.byOrder(model)).toList();
		List<WaveMeasures> measures = new ArrayList<>();
		for (MeasurementWave wave : waves) {
			measures.add(reads.read(wave));
		}
		int at = waves.indexOf(current);
		List<GapTrend> trends = new ArrayList<>();
		for (Gap gap : model.getGaps()) {
			String id = Elements.id(gap);
			List<TrendPoint> points = new ArrayList<>();
			String indicator = null;
			BadSide side = null;
			for (int i = 0; i < waves.size(); i++) {
				// a wave whose data cannot be read has no measures: no values in it
				GapMeasure measure = measures.get(i) == null ? null : measures.get(i).gaps().get(id);
				indicator = measure != null ? measure.indicator() : indicator;
				side = measure != null && measure.side() != null ? measure.side() : side;
				points.add(point(waves.get(i), measure, measures.get(i) == null ? Severity.UNKNOWN : severity(measures.get(i), id)));
			}
			List<GapTrend.Mark> marks = model.getPlannedActions().stream().filter(a -> a.getGap() == gap)
					.map(a -> new GapTrend.Mark(a.getName(), a.getStartDate(), a.getDueDate())).toList();
			GapChange change = at > 0 && measures.get(at - 1) != null ? GapChanges.of(gap, measures.get(at - 1), measures.get(at)) : null;
			List<ThresholdBand> bands = side == null ? List.of() : side.bands(severities.levels(gap.getKind(), gap));
			trends.add(new GapTrend(id, gap.getName(), gap.getKind(), indicator, List.copyOf(points), marks, change, bands));
		}
		return List.copyOf(trends);
	}

	private static TrendPoint point(MeasurementWave wave, GapMeasure measure, Severity severity) {
		if (measure == null || measure.value() == null) {
			return new TrendPoint(wave.getName(), wave.getDate(), null, null, null, 0, Severity.UNKNOWN);
		}
		Indicator row = measure.row();
		return new TrendPoint(wave.getName(), wave.getDate(), measure.value(), row.ciLow(), row.ciHigh(), row.n(), severity);
	}

	private static Severity severity(WaveMeasures measures, String id) {
		return measures.result().gaps().stream().filter(f -> id.equals(f.id())).map(GapFinding::severity).findFirst()
				.orElse(Severity.UNKNOWN);
	}
}
