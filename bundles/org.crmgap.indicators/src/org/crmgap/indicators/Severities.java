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
	 * gap's magnitude, a readiness shortfall); {@code tested} says a test applies to it, {@code p} is its
	 * p-value (null when the test cannot be computed: too few observations or no variance).
	 *
	 * <p>The domain reference's boundaries: a gap on the scale warns from the warning level on (≥) and is an
	 * error from the error level on, and only when p &lt; the significance level; a share warns when it is
	 * below 1 − the warning level (&lt;) and is an error below 1 − the error level, so exactly 75 % compliance
	 * warns and 74.9 % is an error.
	 */
	Severity of(GapKind kind, Gap gap, Double badness, Double p, boolean tested) {
		if (badness == null) {
			return Severity.UNKNOWN;
		}
		if (tested && p == null) {
			return Severity.NOT_JUDGED;
		}
		Levels levels = levels(kind, gap);
		if (p != null && p >= levels.significance()) {
			return Severity.OK;
		}
		if (isShare(kind)) {
			return badness > levels.error() ? Severity.ERROR : badness > levels.warning() ? Severity.WARNING : Severity.OK;
		}
		return badness >= levels.error() ? Severity.ERROR : badness >= levels.warning() ? Severity.WARNING : Severity.OK;
	}
}
