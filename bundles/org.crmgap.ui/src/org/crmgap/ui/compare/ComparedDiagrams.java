package org.crmgap.ui.compare;

import java.util.HashMap;
import java.util.Map;

import org.crmgap.diagram.MarkedDiagrams;
import org.crmgap.diagram.MarkedDiagrams.Mark;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.LayoutChange;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.report.Html;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/**
 * The comparison's "Diagrams" tab: each diagram of both versions, read-only, side by side; the older with what was
 * removed outlined, the newer with what was added or changed (a moved shape too). Drawn when the tab is first shown.
 */
final class ComparedDiagrams {

	private final Comparison comparison;
	private final Browser older;
	private final Browser newer;
	private String olderHtml;
	private String newerHtml;

	ComparedDiagrams(Composite parent, Comparison comparison) {
		this.comparison = comparison;
		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		older = new Browser(sides, SWT.NONE);
		newer = new Browser(sides, SWT.NONE);
	}

	Composite control() {
		return older.getParent();
	}

	/** Draws both versions' diagrams, once. */
	void show() {
		if (olderHtml != null) {
			return;
		}
		Map<String, Mark> removed = new HashMap<>();
		Map<String, Mark> addedOrChanged = new HashMap<>();
		for (Comparison.Group group : comparison.groups()) {
			for (ModelChange change : group.changes()) {
				switch (change.kind()) {
					case REMOVED -> markAll(comparison.before(), change.id(), Mark.REMOVED, removed);
					case ADDED -> markAll(comparison.after(), change.id(), Mark.ADDED, addedOrChanged);
					default -> addedOrChanged.putIfAbsent(change.id(), Mark.CHANGED);
				}
			}
		}
		for (LayoutChange change : comparison.layout().rows()) {
			if (change.drawn() != null) {
				addedOrChanged.putIfAbsent(change.drawn(), Mark.CHANGED);
			}
		}
		olderHtml = page(comparison.older(), "older", removed);
		newerHtml = page(comparison.newer(), "newer", addedOrChanged);
		older.setText(olderHtml);
		newer.setText(newerHtml);
	}

	/** The element and what it contains (new or gone with it). */
	private static void markAll(GapModel version, String id, Mark mark, Map<String, Mark> marks) {
		EObject element = Comparison.find(version, id);
		marks.put(id, mark);
		if (element != null) {
			element.eAllContents().forEachRemaining(e -> marks.put(e.eResource().getURIFragment(e), mark));
		}
	}

	private static String page(IFile file, String side, Map<String, Mark> marks) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:sans-serif;"
				+ "margin:8px;background:#fff} h2{font-size:13px;margin:12px 0 4px}</style></head><body>");
		html.append("<h1 style=\"font-size:14px\">").append(Html.text(file.getName() + " (" + side + ")")).append("</h1>");
		try {
			MarkedDiagrams.svg(file.getLocation().toPath(), marks)
					.forEach((name, svg) -> html.append("<h2>").append(Html.text(name)).append("</h2>").append(svg));
		} catch (ModelFileException e) {
			html.append("<p>").append(Html.text(e.getMessage())).append("</p>");
		}
		// the diagrams are drawn at their size: the first marked element's top left corner (a container's name) is brought into view
		return html.append("<script>const m = document.querySelector('g[class*=\"diff-\"]');"
				+ " if (m) { m.scrollIntoView({ block: 'start', inline: 'start' }); window.scrollBy(-60, -60); }</script></body></html>").toString();
	}

	/** The page of one version as set in its browser; null before the tab was shown. */
	String html(boolean newerVersion) {
		return newerVersion ? newerHtml : olderHtml;
	}

	Browser browser(boolean newerVersion) {
		return newerVersion ? newer : older;
	}
}
