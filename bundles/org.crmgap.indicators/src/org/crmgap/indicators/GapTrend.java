package org.crmgap.indicators;

import java.time.LocalDate;
import java.util.List;

import org.crmgap.model.GapKind;
import org.eclipse.emf.ecore.EObject;

/**
 * A gap's indicator across the model's waves, first to latest ({@code points}, one per wave), the planned actions
 * addressing the gap with their start and due dates, to mark on a trend chart, and {@code change}: how it changed into
 * the wave analysed from the wave before it, with its test (null when the analysed wave is the first), and the values
 * past the gap's thresholds ({@code bands}: empty when its indicator is judged relative to something else).
 */
public record GapTrend(String id, String gap, GapKind kind, String indicator, List<TrendPoint> points, List<Mark> actions,
		GapChange change, List<ThresholdBand> bands) {

	/** A planned action on the gap: its name, start and due date (either may be null). */
	public record Mark(String action, LocalDate start, LocalDate due) {
	}

	/** Whether this is the trend of {@code gap} (of the model analysed, or of the model it was copied from). */
	public boolean isOf(EObject gap) {
		return id != null && id.equals(Elements.id(gap));
	}

	/** How many waves measured the gap: a trend needs two. */
	public long measured() {
		return points.stream().filter(p -> p.value() != null).count();
	}
}
