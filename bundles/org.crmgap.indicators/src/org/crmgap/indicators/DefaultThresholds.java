package org.crmgap.indicators;

/**
 * The thresholds that apply where neither the gap nor the model sets its own: for gaps on the scale, and
 * for shares (coverage, compliance, kept promises) as their shortfall from 100 %; and the significance level
 * below which a tested gap counts.
 */
public record DefaultThresholds(double scaleWarning, double scaleError, double shareWarning, double shareError,
		double significance) {

	/** The domain reference's defaults: 0.5 / 1.0 on a 7-point scale, 10 % / 25 % short of 100 %, p &lt; 0.05. */
	public static final DefaultThresholds DOMAIN = new DefaultThresholds(0.5, 1.0, 0.10, 0.25, 0.05);
}
