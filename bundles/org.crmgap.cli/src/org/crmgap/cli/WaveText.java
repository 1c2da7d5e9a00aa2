package org.crmgap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.crmgap.indicators.WaveComparison;

/** The change of each dimension gap since the previous wave, as a table per group, each change judged at alpha. */
final class WaveText {

	private WaveText() {
	}

	static void print(WaveComparison waves, double alpha, boolean holm, PrintWriter out) {
		List<Double> p = holm ? waves.holmAdjusted() : waves.pValues();
		out.println("change since the previous wave (Welch's t-test, two-sided):");
		int k = 0;
		for (WaveComparison.GroupChange group : waves.changes()) {
			out.printf("  %s%n", group.segment());
			out.printf("    %-15s %9s %7s %7s %7s %8s  %s%n", "dimension", "previous", "change", "t", "df", holm ? "p (Holm)" : "p",
					"verdict");
			for (WaveComparison.DimensionChange d : group.dimensions()) {
				Double judged = p.get(k++);
				out.printf("    %-15s %9s %7s %7s %7s %8s  %s%n", d.name(), SurveyText.num(d.previousGap()), SurveyText.num(d.change()),
						SurveyText.num(d.changeT()), SurveyText.num(d.changeDf()), SurveyText.p(judged),
						WaveComparison.Verdict.of(d.change(), judged, alpha).label());
			}
		}
		long tests = p.stream().filter(v -> v != null).count();
		out.printf(Locale.ROOT, "%d tests at alpha %s; %s%n", tests, alpha,
				holm ? "p-values adjusted by Holm's method" : "not adjusted for multiple comparisons (--holm adjusts them)");
	}
}
