package org.crmgap.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.crmgap.indicators.ServqualResult;

/** The survey analysis as a readable table per group. */
final class SurveyText {

	private final ServqualResult result;

	SurveyText(ServqualResult result) {
		this.result = result;
	}

	void print(PrintWriter out) {
		for (ServqualResult.Group group : result.groups()) {
			out.printf("%s (%d respondents): unweighted SERVQUAL %s, weighted %s%n", group.segment(), group.respondents(),
					num(group.unweighted()), num(group.weighted()));
			out.printf("  %-15s %7s %5s %7s %8s %17s %7s %7s %7s %7s%n", "dimension", "gap", "n", "t", "p", "95% CI",
					"alphaP", "alphaE", "MSA", "MSS");
			for (ServqualResult.Dimension d : group.dimensions()) {
				out.printf("  %-15s %7s %5d %7s %8s %17s %7s %7s %7s %7s%n", d.name(), num(d.gap()), d.n(), num(d.t()),
						p(d.p()), "[" + num(d.ciLow()) + ", " + num(d.ciHigh()) + "]", num(d.alphaP()), num(d.alphaE()),
						num(d.msa()), num(d.mss()));
			}
		}
		if (result.knowledgeGap() != null) {
			out.println("knowledge gap (managers - customers):");
			for (ServqualResult.KnowledgeDimension d : result.knowledgeGap().dimensions()) {
				out.printf("  %-15s %7s  t %7s  df %6s  p %8s%n", d.name(), num(d.gap()), num(d.t()), num(d.df()), p(d.p()));
			}
		}
	}

	/** A value to three decimals, '-' where undefined. */
	static String num(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}

	/** A p-value to four decimals. */
	static String p(Double value) {
		return value == null ? "-" : value < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", value);
	}
}
