package org.crmgap.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.crmgap.data.DataFingerprint;
import org.crmgap.indicators.ActionOutcome;
import org.crmgap.indicators.GapChanges;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.Indicator;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.Severity;

/**
 * The analysis of a model as text: the model's gaps with their severity, whether the planned actions worked, then every
 * indicator, then the data read.
 */
final class AnalysisText {

	private final ModelAnalysisResult result;

	AnalysisText(ModelAnalysisResult result) {
		this.result = result;
	}

	void print(PrintWriter out) {
		// a model without waves reads as before: its one wave has no name
		out.printf("Analysis of %s%s%n%nGaps:%n", result.model(), result.wave() == null ? "" : ", wave " + result.wave());
		for (GapFinding f : result.gaps()) {
			String judged = f.severity() == Severity.NOT_JUDGED ? " (not judged: " + SeverityOrder.notJudgedReason(f.n()) + ", n "
					+ f.n() + ")" : f.p() == null ? "" : " (p " + p(f.p()) + ", n " + f.n() + ")";
			String measure = f.indicator() == null ? "no indicator measures it" : f.indicator() + " = " + num(f.value());
			out.printf("  %-12s %-19s %-60s %s%s%n", SeverityOrder.label(f.severity()), f.kind(), f.gap(), measure, judged);
			if (!f.actions().isEmpty() && SeverityOrder.flagged(f.severity())) {
				out.printf("           actions: %s%n", String.join("; ", f.actions()));
			}
		}
		actions(out);
		out.printf("%nIndicators (%d):%n", result.indicators().size());
		for (Indicator i : result.indicators()) {
			out.printf("  %-19s %-12s %-36s %-22s %-48s %10s %s n=%d%n", i.kind(), SeverityOrder.label(i.severity()), cut(i.element(), 36),
					cut(i.segment(), 22), cut(i.name(), 48), num(i.value()),
					i.ciLow() == null ? "" : "[" + num(i.ciLow()) + ", " + num(i.ciHigh()) + "] p " + p(i.p()), i.n());
		}
		out.printf("%nData read:%n");
		for (DataFingerprint d : result.data()) {
			if (d.sha256() == null) {
				out.printf("  %s: %d rows of its query%n", d.file(), d.rows());
			} else {
				out.printf("  %s: %d bytes, %d rows, sha256 %s%n", d.file(), d.bytes(), d.rows(), d.sha256());
			}
		}
		result.warnings().forEach(w -> out.println("warning: " + w));
	}

	/**
	 * Did the actions work? Each action with a start date, its gap in parentheses, then the gap's indicator from wave to
	 * wave, the target and the test; or why it is not judged.
	 */
	private void actions(PrintWriter out) {
		if (result.actions().isEmpty()) {
			return;
		}
		out.printf("%nDid the actions work?%n");
		for (ActionOutcome a : result.actions()) {
			StringBuilder line = new StringBuilder(a.action()).append(a.gap() == null ? "" : " (" + a.gap() + ")");
			String separator = ": ";
			if (a.fromWave() != null) {
				line.append(separator).append(a.indicator() == null ? "value" : a.indicator()).append(' ').append(num(a.before()))
						.append(" in ").append(a.fromWave());
				if (a.toWave() != null) {
					line.append(" -> ").append(num(a.after())).append(" in ").append(a.toWave())
							.append(a.target() == null ? ", no target" : ", target " + num(a.target())).append(test(a));
				}
				separator = "; ";
			}
			if (a.reason() != null) {
				line.append(separator).append(a.reason());
			}
			out.printf("  %-11s %s%n", a.outcome(), line);
		}
		long tests = ActionOutcome.tests(result.actions());
		boolean holm = result.actions().stream().anyMatch(a -> a.pHolm() != null);
		if (tests > 0) {
			out.printf("  %d test(s) at alpha %s; %s%n", tests, GapChanges.ALPHA, holm ? "p-values adjusted by Holm's method (p Holm)"
					: "not adjusted for multiple comparisons (--holm adjusts them)");
		}
	}

	/** The change's test as an analyst names it, with its p-value. */
	private static String test(ActionOutcome a) {
		if (a.test() == null) {
			return "";
		}
		String name = switch (a.test()) {
		case "none" -> "no test (the plain difference)";
		case "Welch" -> "Welch's t-test";
		default -> a.test() + "-test";
		};
		return ", " + name + (a.p() == null ? "" : " p " + p(a.p())) + (a.pHolm() == null ? "" : ", p Holm " + p(a.pHolm()));
	}

	private static String cut(String text, int width) {
		return text == null ? "" : text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}

	private static String num(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static String p(Double value) {
		return value == null ? "-" : value < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", value);
	}
}
