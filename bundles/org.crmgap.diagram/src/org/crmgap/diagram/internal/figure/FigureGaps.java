package org.crmgap.diagram.internal.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.crmgap.indicators.GapChange;
import org.crmgap.indicators.GapChanges;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.GapKinds;
import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.Severity;

/**
 * What each gap arrow of the figure says: the worst gap of its kind with value, n, p and its change since the wave before,
 * or how to model one; and how many actions on the kind's gaps are open and overdue.
 */
public final class FigureGaps {

	/**
	 * The gaps of one kind: how many, their worst severity, the finding shown (null when none is measured), how that
	 * gap changed since the wave before (null: no such wave) and the open and overdue actions on the kind's gaps.
	 */
	public record Measure(GapKind kind, List<GapFinding> findings, int gaps, Severity severity, GapFinding shown, String segment,
			GapChange change, OpenActions actions) {

		/** The tag's lines: title; value, n, severity; p and how many gaps there are; its change since the wave before. */
		public List<String> lines() {
			List<String> lines = new ArrayList<>(List.of(GapKinds.title(kind)));
			if (gaps == 0) {
				lines.add(segment == null ? "none modelled" : "none for this segment");
				return lines;
			}
			if (shown == null || shown.value() == null) {
				lines.add("not measured");
			} else {
				lines.add(number(shown.value()) + (shown.n() > 0 ? " \u00b7 n " + shown.n() : "") + " \u00b7 "
						+ SeverityOrder.label(severity));
			}
			List<String> more = new ArrayList<>();
			if (shown != null && shown.p() != null) {
				more.add("p " + p(shown.p()));
			}
			if (gaps > 1) {
				more.add("worst of " + gaps);
			}
			if (!more.isEmpty()) {
				lines.add(String.join(" \u00b7 ", more));
			}
			if (moved()) {
				// short, to fit the tag: the tooltip says it in full
				String verdict = GapChanges.NO_CHANGE.equals(change.verdict()) ? "no sig. change" : change.verdict();
				lines.add(verdict + " vs " + change.fromWave());
			}
			return lines;
		}

		/** Whether the shown gap was compared with the wave before. */
		private boolean moved() {
			return change != null && !GapChanges.NOT_COMPARED.equals(change.verdict());
		}


		/** Every gap of the kind with its measure, or how to add one when there is none. */
		public String tooltip() {
			if (gaps == 0) {
				return "No " + GapKinds.title(kind) + " is modelled" + (segment == null ? "" : " for " + segment)
						+ ". To add one, draw it on the DIE overview with the palette's \""
						+ GapKinds.title(kind) + "\" tool " + ENDS.get(kind) + ", or add a Gap of kind " + kind.getLiteral()
						+ " to the model in the tree.";
			}
			StringBuilder text = new StringBuilder(GapKinds.title(kind));
			for (GapFinding f : findings) {
				text.append("\n").append(f.gap()).append(": ").append(f.indicator() == null ? "not measured"
						: f.indicator() + " = " + number(f.value()) + (f.n() > 0 ? ", n " + f.n() : "")
								+ (f.p() == null ? "" : ", p " + p(f.p())) + ", " + SeverityOrder.label(f.severity()));
			}
			if (moved()) {
				text.append("\n").append(shown.gap()).append(" since wave ").append(change.fromWave()).append(": ").append(change.verdict())
						.append(change.p() == null ? " (no test)" : " (" + change.test() + ", p " + p(change.p()) + ")");
			}
			return text.toString();
		}
	}

	/** Between which elements a gap of each kind is drawn. */
	private static final Map<GapKind, String> ENDS = Map.of(GapKind.KNOWLEDGE, "from an expectation to a management perception",
			GapKind.POLICY, "from a management perception to a service standard", GapKind.DELIVERY,
			"from a service standard to what delivers it", GapKind.COMMUNICATION, "from a promise to the standard it concerns",
			GapKind.CUSTOMER, "from an expectation to its segment", GapKind.VALUE, "from a value expectation to its segment",
			GapKind.COMPONENT_READINESS, "between a unit and a CRM component", GapKind.COHERENCE, "between two CRM components");

	private FigureGaps() {
	}

	/**
	 * One measure per gap kind; {@code ids} gives a gap's id, by which the findings and trends are keyed. For one segment
	 * (null: all) the gaps of that segment and those of no segment in particular; actions due before {@code today} and
	 * still open are overdue.
	 */
	public static Map<GapKind, Measure> of(GapModel model, Map<String, GapFinding> findings, Map<String, GapTrend> trends,
			Function<Gap, String> ids, CustomerSegment segment, LocalDate today) {
		Map<GapKind, Measure> measures = new EnumMap<>(GapKind.class);
		for (GapKind kind : GapKind.VALUES) {
			List<Gap> gaps = model.getGaps().stream()
					.filter(g -> g.getKind() == kind && (segment == null || g.getSegment() == null || g.getSegment() == segment)).toList();
			List<GapFinding> found = gaps.stream().map(g -> findings.get(ids.apply(g))).filter(f -> f != null).toList();
			Severity worst = Severity.UNKNOWN;
			for (GapFinding f : found) {
				worst = SeverityOrder.worse(worst, f.severity());
			}
			GapFinding shown = found.stream().filter(f -> f.value() != null).max(Comparator
					.comparingInt((GapFinding f) -> SeverityOrder.rank(f.severity())).thenComparingDouble(f -> badness(kind, f.value())))
					.orElse(null);
			GapTrend trend = shown == null ? null : trends.get(shown.id());
			measures.put(kind, new Measure(kind, found, gaps.size(), worst, shown, segment == null ? null : segment.getName(),
					trend == null ? null : trend.change(), OpenActions.of(model, gaps, today)));
		}
		return measures;
	}

	/** Among gaps of equal severity the one furthest from closed: compliance is worse when lower, the others when larger. */
	private static double badness(GapKind kind, double value) {
		return kind == GapKind.DELIVERY ? -value : Math.abs(value);
	}

	/** As {@code crmgap analyze} prints values and p. */
	static String number(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}

	static String p(double value) {
		return value < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", value);
	}
}
