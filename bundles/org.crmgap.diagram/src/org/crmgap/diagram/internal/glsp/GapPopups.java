package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crmgap.diagram.style.Concept;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.GapKinds;
import org.crmgap.model.Gap;
import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GHtmlRoot;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GHtmlRootBuilder;
import org.eclipse.glsp.graph.builder.impl.GPreRenderedElementBuilder;
import org.eclipse.glsp.server.features.popup.PopupModelFactory;
import org.eclipse.glsp.server.features.popup.RequestPopupModelAction;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import com.google.inject.Inject;

/**
 * The hover popup: for a gap its indicator, value, n, p, severity and causes from the latest analysis; for an
 * element its name, concept and description. Every text from the model is escaped (the client shows it as HTML).
 */
public class GapPopups implements PopupModelFactory {

	private static final Escaper HTML = HtmlEscapers.htmlEscaper();

	@Inject
	protected GapModelState state;

	@Override
	public Optional<GHtmlRoot> createPopupModel(GModelElement element, RequestPopupModelAction action) {
		GModelElement owner = element instanceof GLabel && element.getParent() != null ? element.getParent() : element;
		EObject target = state.document().element(owner.getId());
		List<String> lines = target instanceof Gap gap ? gap(gap) : target != null ? element(target) : List.of();
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		GHtmlRootBuilder root = new GHtmlRootBuilder().id("popup-" + owner.getId()).canvasBounds(action.getBounds());
		root.add(new GPreRenderedElementBuilder().id("popup-title-" + owner.getId())
				.code("<div class=\"crmgap-popup\">" + String.join("", lines) + "</div>").build());
		return Optional.of(root.build());
	}

	private List<String> gap(Gap gap) {
		List<String> lines = new ArrayList<>();
		lines.add(line("strong", GapKinds.title(gap.getKind()) + ": " + name(gap)));
		GapFinding finding = state.document().findings().get(state.document().id(gap));
		if (finding == null || finding.value() == null) {
			lines.add(line("div", "Not measured: attach data to its indicator, or see the Problems view"));
			return lines;
		}
		lines.add(line("div", finding.indicator() + " = " + String.format(Locale.ROOT, "%+.3f", finding.value())));
		String test = "n = " + finding.n() + (finding.p() == null ? ""
				: finding.p() < 0.0001 ? ", p < 0.0001" : String.format(Locale.ROOT, ", p = %.4f", finding.p()));
		lines.add(line("div", test));
		lines.add(line("div", "Severity: " + finding.severity().getLiteral()));
		if (!finding.causes().isEmpty()) {
			lines.add(line("div", "Causes: " + String.join("; ", finding.causes())));
		}
		return lines;
	}

	private static List<String> element(EObject element) {
		List<String> lines = new ArrayList<>();
		lines.add(line("strong", name(element)));
		Concept.of(element.eClass()).ifPresent(c -> lines.add(line("div", c.label())));
		if (element instanceof NamedElement named && named.getDescription() != null && !named.getDescription().isBlank()) {
			lines.add(line("div", named.getDescription()));
		}
		return lines;
	}

	private static String name(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : element.eClass().getName();
	}

	private static String line(String tag, String text) {
		return "<" + tag + ">" + HTML.escape(text) + "</" + tag + ">";
	}
}
