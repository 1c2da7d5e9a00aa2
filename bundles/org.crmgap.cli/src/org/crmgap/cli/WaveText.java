package org.crmgap.cli;

import java.io.PrintWriter;

import org.crmgap.indicators.WaveComparison;

/** The change of each dimension gap since the previous wave, as a table per group. */
final class WaveText {

	private WaveText() {
	}

	static void print(WaveComparison waves, PrintWriter out) {
		out.println("change since the previous wave (Welch's t-test, two-sided):");
		for (WaveComparison.GroupChange group : waves.changes()) {
			out.printf("  %s%n", group.segment());
			out.printf("    %-15s %9s %7s %7s %7s %8s%n", "dimension", "previous", "change", "t", "df", "p");
			for (WaveComparison.DimensionChange d : group.dimensions()) {
				out.printf("    %-15s %9s %7s %7s %7s %8s%n", d.name(), SurveyText.num(d.previousGap()), SurveyText.num(d.change()),
						SurveyText.num(d.changeT()), SurveyText.num(d.changeDf()), SurveyText.p(d.changeP()));
			}
		}
	}
}
