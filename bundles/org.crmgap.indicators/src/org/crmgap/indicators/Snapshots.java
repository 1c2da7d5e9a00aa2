package org.crmgap.indicators;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
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
	 * The snapshot of each measured gap, not yet added (an editor adds them with undoable commands). The result's
	 * findings are in the order of the model's gaps; a result of another model (other gap names) gives none.
	 */
	public static Map<Gap, IndicatorSnapshot> create(GapModel model, ModelAnalysisResult result, Date when) {
		String data = result.data().stream().map(DataFingerprint::sha256).collect(Collectors.joining(" "));
		List<GapFinding> findings = result.gaps();
		Map<Gap, IndicatorSnapshot> snapshots = new LinkedHashMap<>();
		if (findings.size() != model.getGaps().size()) {
			return snapshots;
		}
		for (int i = 0; i < findings.size(); i++) {
			if (!java.util.Objects.equals(findings.get(i).gap(), model.getGaps().get(i).getName())) {
				return new LinkedHashMap<>();
			}
		}
		for (int i = 0; i < findings.size(); i++) {
			GapFinding finding = findings.get(i);
			if (finding.value() == null) {
				continue;
			}
			Gap gap = model.getGaps().get(i);
			IndicatorSnapshot snapshot = CrmGapFactory.eINSTANCE.createIndicatorSnapshot();
			snapshot.setIndicator(finding.indicator());
			snapshot.setValue(finding.value());
			snapshot.setN((int) finding.n());
			snapshot.setSeverity(finding.severity());
			snapshot.setComputedAt(when);
			snapshot.setDataFingerprint(data);
			snapshots.put(gap, snapshot);
		}
		return snapshots;
	}
}
