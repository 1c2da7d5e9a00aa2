package org.crmgap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crmgap.indicators.profiles.ProfileResult;

/** The profiles found in a survey as readable text: the silhouette table, the proposed k, each profile, the segments. */
final class ProfilesText {

	private ProfilesText() {
	}

	static void print(ProfileResult r, PrintWriter out) {
		out.printf("Relationship profiles in %s%n", r.file());
		out.printf("clustered on %d items: %s%n", r.items().size(), String.join(", ", r.items()));
		out.printf("%d of %d respondents answered every one of them; %d left out (a missing or excluded answer)%n", r.complete(),
				r.rows(), r.rows() - r.complete());
		out.printf("k-means++ (Hipparchus, Lloyd's iterations), %d starts per k, seed %d; the start with the least within-cluster "
				+ "sum of squares kept%n", r.starts(), r.seed());
		if (r.silhouetteRows() != null) {
			out.printf("silhouette widths on a seeded sample of %d of the %d respondents%n", r.silhouetteRows(), r.complete());
		}
		out.println();
		out.printf("  %2s  %10s  %14s  %5s  %s%n", "k", "silhouette", "within-SS", "start", "sizes");
		for (ProfileResult.Candidate c : r.candidates()) {
			String mark = c.k() == r.k() ? (r.kGiven() ? "  <- asked for (--k)" : "  <- highest silhouette") : "";
			out.printf("  %2d  %10s  %14s  %5d  %s%s%n", c.k(), num(c.silhouette()), String.format(Locale.ROOT, "%.2f", c.withinSs()),
					c.start(), c.sizes().toString().replace(" ", ""), mark);
		}
		for (ProfileResult.Profile p : r.profiles()) {
			out.println();
			out.printf("profile %d \"%s\": %d respondents (%s %%)%n", p.profile(), p.name(), p.size(),
					String.format(Locale.ROOT, "%.1f", 100 * p.share()));
			if (!p.dimensions().isEmpty()) {
				out.printf("  %-15s %6s %8s %11s%n", "expectation", "mean", "overall", "difference");
				for (ProfileResult.DimensionMean d : p.dimensions()) {
					out.printf("  %-15s %6s %8s %11s%n", d.name(), num(d.mean()), num(d.overall()), signed(d.difference()));
				}
			}
			List<String> apart = new ArrayList<>();
			for (ProfileResult.ItemDifference d : p.apart()) {
				apart.add(String.format(Locale.ROOT, "%s %s sd (%s vs %s)", d.item(), signed(d.standardized()), num(d.mean()),
						num(d.overall())));
			}
			out.printf("  sets it apart: %s%n", String.join("; ", apart));
		}
		if (r.segments() != null) {
			printSegments(r.segments(), out);
		}
	}

	private static void printSegments(ProfileResult.SegmentComparison s, PrintWriter out) {
		out.println();
		out.printf("against the segments of column '%s' (%d respondents%s): adjusted Rand index %s%n", s.column(), s.respondents(),
				s.withoutSegment() == 0 ? "" : "; " + s.withoutSegment() + " without a segment left out",
				s.adjustedRand() == null ? "undefined" : num(s.adjustedRand()));
		int width = Math.max(7, s.segments().stream().mapToInt(String::length).max().orElse(0));
		StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-9s", "profile"));
		s.segments().forEach(name -> header.append(String.format(Locale.ROOT, " %" + width + "s", name)));
		out.println(header);
		for (int p = 0; p < s.counts().size(); p++) {
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-9d", p + 1));
			s.counts().get(p).forEach(count -> row.append(String.format(Locale.ROOT, " %" + width + "d", count)));
			out.println(row);
		}
	}

	private static String num(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static String signed(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%+.3f", value);
	}
}
