package org.crmgap.indicators;

import org.crmgap.model.GapKind;

/**
 * How a gap's indicator changed from one wave to another: {@code change} = after − before; {@code test}: "Welch"
 * (Welch's two-sample t-test of the respondents' scores of the two waves; {@code statistic} is t), "two-proportion z"
 * (pooled, two-sided; {@code statistic} is z, {@code df} null) or "none" (no test applies: the plain difference);
 * {@code verdict}: improved, worsened, no significant change, or not compared (a wave without the value, or a test
 * that could not be computed on a change of the gap).
 */
public record GapChange(String gapId, String gap, GapKind kind, String indicator, String fromWave, String toWave, Double before,
		Double after, Double change, String test, Double statistic, Double df, Double p, String verdict) {
}
