package org.crmgap.indicators;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.crmgap.data.DataFingerprint;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.IndicatorSnapshot;

/**
 * Stores each gap's indicator in the model, on the user's request only: the value, n, severity, when, and
 * which data (the SHA-256 of each file read) produced it.
 */
public final class Snapshots {

	private Snapshots() {
	}

	/** Adds one snapshot per judged gap of {@code model}; {@code result} must be the analysis of this model. */
	public static int store(GapModel model, ModelAnalysisResult result, Date when) {
		Map<Gap, IndicatorSnapshot> snapshots = create(model, result, when);
		snapshots.forEach((gap, snapshot) -> gap.getSnapshots().add(snapshot));
		return snapshots.size();
	}

	/**
	 * The snapshot of each measured gap, not yet added (an editor adds them with undoable commands). None when the
	 * result is not of this model's gaps as they are now (one added, removed or replaced since): its findings must
	 * name every gap of the model by id, once each.
	 */
	public static Map<Gap, IndicatorSnapshot> create(GapModel model, ModelAnalysisResult result, Date when) {
		Map<Gap, GapFinding> byGap = new LinkedHashMap<>();
		for (GapFinding finding : result.gaps()) {
			Gap gap = finding.gapIn(model);
			if (gap == null || byGap.put(gap, finding) != null) {
				return new LinkedHashMap<>();
			}
		}
		if (byGap.size() != model.getGaps().size()) {
			return new LinkedHashMap<>();
		}
		String data = result.data().stream().map(DataFingerprint::sha256).collect(Collectors.joining(" "));
		Map<Gap, IndicatorSnapshot> snapshots = new LinkedHashMap<>();
		byGap.forEach((gap, finding) -> {
			if (finding.value() != null) {
				snapshots.put(gap, snapshot(finding, data, when));
			}
		});
		return snapshots;
	}

	private static IndicatorSnapshot snapshot(GapFinding finding, String data, Date when) {
		IndicatorSnapshot snapshot = CrmGapFactory.eINSTANCE.createIndicatorSnapshot();
		snapshot.setIndicator(finding.indicator());
		snapshot.setValue(finding.value());
		snapshot.setN((int) finding.n());
		snapshot.setSeverity(finding.severity());
		snapshot.setComputedAt(when);
		snapshot.setDataFingerprint(data);
		return snapshot;
	}
}
