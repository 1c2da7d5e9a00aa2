package org.crmgap.indicators;

import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.Severity;
import org.crmgap.model.SeverityThreshold;

/**
 * Severity from thresholds: the gap's own, else the model's for its kind, else the defaults (those of the
 * domain reference unless the user changed them: {@link DefaultThresholds}).
 */
final class Severities {

	record Levels(double warning, double error, double significance) {
	}

	private final GapModel model;
	private final Levels scaleDefaults;
	private final Levels shareDefaults;

	Severities(GapModel model, DefaultThresholds defaults) {
		this.model = model;
		this.scaleDefaults = new Levels(defaults.scaleWarning(), defaults.scaleError(), defaults.significance());
		this.shareDefaults = new Levels(defaults.shareWarning(), defaults.shareError(), defaults.significance());
	}

	/** Kinds measured as a share (coverage, compliance, kept promises) rather than on the scale. */
	static boolean isShare(GapKind kind) {
		return kind == GapKind.POLICY || kind == GapKind.DELIVERY || kind == GapKind.COMMUNICATION;
	}

	Levels levels(GapKind kind, Gap gap) {
		SeverityThreshold threshold = gap == null ? null : gap.getThreshold();
		if (threshold == null) {
			threshold = model.getThresholds().stream().filter(t -> t.getGapKind() == kind).findFirst().orElse(null);
		}
		if (threshold == null) {
			return isShare(kind) ? shareDefaults : scaleDefaults;
		}
		return new Levels(threshold.getWarningLevel(), threshold.getErrorLevel(), threshold.getSignificanceLevel());
	}

	/**
	 * {@code badness} is how far the indicator is on the bad side (a share's shortfall from 1, a negative
	 * gap's magnitude, a readiness shortfall); {@code p} is null where no test applies.
	 */
	Severity of(GapKind kind, Gap gap, Double badness, Double p) {
		if (badness == null) {
			return Severity.UNKNOWN;
		}
		Levels levels = levels(kind, gap);
		if (p != null && p >= levels.significance()) {
			return Severity.OK;
		}
		if (badness >= levels.error()) {
			return Severity.ERROR;
		}
		return badness >= levels.warning() ? Severity.WARNING : Severity.OK;
	}
}
