package org.crmgap.indicators;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.DataException;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;

/**
 * The change of each gap's indicator between two waves, with the test that fits it (domain reference, "Evaluate"):
 * Welch's t-test for survey means (customer and value gaps: the respondents' scores), the two-proportion z-test for
 * compliance (successes out of n), none for the rest (knowledge gap, model- and assessment-based values), whose plain
 * difference is judged by its direction alone. Which way is better is the severity's: the change of how far the value
 * is on the gap's bad side.
 */
public final class GapChanges {

	/** The significance level of "improved" and "worsened" (the domain reference's default). */
	public static final double ALPHA = 0.05;

	static final String WELCH = "Welch";
	static final String PROPORTIONS = "two-proportion z";
	static final String NONE = "none";

	public static final String IMPROVED = "improved";
	public static final String WORSENED = "worsened";
	public static final String NO_CHANGE = "no significant change";
	public static final String NOT_COMPARED = "not compared";

	private GapChanges() {
	}

	/** Every gap of the model from wave {@code from} to wave {@code to} (names; an unknown one is an error). */
	public static List<GapChange> between(GapModel model, Path modelFile, AnalysisOptions options, String from, String to)
			throws DataException, SQLException {
		MeasurementWave a = Waves.select(model, modelFile, from).orElse(null);
		MeasurementWave b = Waves.select(model, modelFile, to).orElse(null);
		WaveMeasures before = ModelAnalysis.measure(model, modelFile, options, a);
		WaveMeasures after = ModelAnalysis.measure(model, modelFile, options, b);
		List<GapChange> changes = new ArrayList<>();
		for (Gap gap : model.getGaps()) {
			changes.add(of(gap, before, after));
		}
		return List.copyOf(changes);
	}

	/** The change of one gap between two waves' measures. */
	static GapChange of(Gap gap, WaveMeasures before, WaveMeasures after) {
		String id = Elements.id(gap);
		GapMeasure a = before.gaps().get(id);
		GapMeasure b = after.gaps().get(id);
		String indicator = b != null ? b.indicator() : a != null ? a.indicator() : null;
		if (a == null || b == null || a.value() == null || b.value() == null) {
			return new GapChange(id, gap.getName(), gap.getKind(), indicator, before.wave(), after.wave(),
					a == null ? null : a.value(), b == null ? null : b.value(), null, NONE, null, null, null, NOT_COMPARED);
		}
		Test test = test(a.sample(), b.sample());
		return new GapChange(id, gap.getName(), gap.getKind(), indicator, before.wave(), after.wave(), a.value(), b.value(),
				b.value() - a.value(), test.name(), test.statistic(), test.df(), test.p(), verdict(a, b, test));
	}

	/** The test's name and result; statistic, df and p null where none applies or it cannot be computed. */
	private record Test(String name, Double statistic, Double df, Double p) {
	}

	private static Test test(Sample before, Sample after) {
		if (before == null || after == null || before.isProportion() != after.isProportion()) {
			return new Test(NONE, null, null, null);
		}
		if (before.isProportion()) {
			Statistics.ZTest z = Statistics.twoProportions(after.successes(), after.n(), before.successes(), before.n());
			return z == null ? new Test(PROPORTIONS, null, null, null) : new Test(PROPORTIONS, z.z(), null, z.p());
		}
		// a wave with a single score has no variance (NaN): no test
		boolean variances = !Double.isNaN(after.scores().getVariance()) && !Double.isNaN(before.scores().getVariance());
		Statistics.TwoSample t = variances ? Statistics.welch(after.scores(), before.scores()) : null;
		return t == null ? new Test(WELCH, null, null, null) : new Test(WELCH, t.t(), t.df(), t.p());
	}

	/**
	 * Improved or worsened when the test says so at {@link #ALPHA} (or, without a test, when the value moved) in the
	 * direction the gap's bad side moved; no significant change when it did not, or both values lie on the good side.
	 */
	private static String verdict(GapMeasure before, GapMeasure after, Test test) {
		double a = before.badness() == null ? 0 : before.badness();
		double b = after.badness() == null ? 0 : after.badness();
		if (a == b) {
			return NO_CHANGE;
		}
		if (!test.name().equals(NONE)) {
			if (test.p() == null) {
				return NOT_COMPARED;
			}
			if (test.p() >= ALPHA) {
				return NO_CHANGE;
			}
		}
		return b < a ? IMPROVED : WORSENED;
	}
}
