package org.crmgap.report;

import java.util.List;

import org.crmgap.indicators.ActionOutcome;

/**
 * The report's "Did the actions work?": each planned action with a start date, its gap from the last wave before the
 * start to the first after the due date (or the latest), the test of the change and the outcome, or why it is not judged.
 */
final class ActionsSection {

	private ActionsSection() {
	}

	static void append(StringBuilder html, List<ActionOutcome> outcomes) {
		html.append("<section id=\"actions\"><h2>Did the actions work?</h2>\n");
		if (outcomes.isEmpty()) {
			html.append("<p>No planned action has a start date.</p></section>\n");
			return;
		}
		html.append("<p>Each action's gap in the last wave before its start against the first wave after its due date (or the ")
				.append("latest): closed when the target is reached, narrowed or widened when the change is significant (p &lt; 0.05; ")
				.append("without a test, when the value moved), else no effect.</p>\n");
		html.append("<table><tr><th>action</th><th>gap</th><th>indicator</th><th>from wave</th><th>before</th><th>to wave</th>")
				.append("<th>after</th><th>target</th><th>test</th><th>p</th><th>outcome</th></tr>\n");
		for (ActionOutcome o : outcomes) {
			html.append("<tr><td>").append(Html.text(o.action())).append("</td><td>").append(Html.text(o.gap())).append("</td><td>")
					.append(Html.text(o.indicator())).append("</td><td>").append(Html.text(o.fromWave())).append("</td><td class=\"n\">")
					.append(Html.num(o.before())).append("</td><td>").append(Html.text(o.toWave())).append("</td><td class=\"n\">")
					.append(Html.num(o.after())).append("</td><td class=\"n\">").append(Html.num(o.target())).append("</td><td>")
					.append(Html.text(o.test())).append("</td><td class=\"n\">").append(Html.p(o.p()))
					.append(o.pHolm() == null ? "" : " (Holm " + Html.p(o.pHolm()) + ")").append("</td><td>")
					.append(Html.text(o.outcome())).append(o.reason() == null ? "" : ": " + Html.text(o.reason())).append("</td></tr>\n");
		}
		html.append("</table></section>\n");
	}
}
