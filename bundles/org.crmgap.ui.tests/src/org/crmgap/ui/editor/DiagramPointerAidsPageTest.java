package org.crmgap.ui.editor;

import static org.crmgap.ui.editor.DiagramPageDriver.ESCAPE;
import static org.crmgap.ui.editor.DiagramPageDriver.nodeJs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Collectors;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.indicators.GapFinding;
import org.crmgap.model.NamedElement;
import org.crmgap.ui.testing.Input;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GLSP's pointer aids in the editor's diagram page (the SWT Browser, WebKitGTK under Xvfb): the mouse pointer posted to
 * the window system onto a gap shows its popup; a double-click on a name edits it, checked while typing. The double-click
 * is a DOM event: SWT's Display.post takes no mouse button here (GTK), only pointer moves. The keyboard's aids:
 * DiagramAidsPageTest.
 */
class DiagramPointerAidsPageTest {

	private static final String TAKEN = "Transactional savers: tangibles";
	private static final String RENAMED = "Transactional savers: empathy";

	@RegisterExtension
	final DiagramPageDriver page = new DiagramPageDriver();

	@Test
	void thePointersAidsWorkInTheEditorsDiagramPage() throws Exception {
		popup();
		labelEdit();
	}

	/** The pointer on a gap's label: its indicator in the popup. */
	private void popup() throws Exception {
		String edge = page.text("const root = window.crmgap.root(); return root.children.find(c => c.type.startsWith('edge:gap-') && c.children.length"
				+ " && root.children.includes(root.index.getById(c.sourceId)) && "
				+ page.document.findings().keySet().stream().map(i -> "'" + i + "'").collect(Collectors.joining(",", "[", "]")) + ".includes(c.id)).id;");
		GapFinding finding = page.document.findings().get(edge);
		// its source in the middle of the view (only the edges in view are drawn), then its label
		page.scrollTo("const root = window.crmgap.root(); const n = root.index.getById(root.index.getById('" + edge + "').sourceId);"
				+ " const s = document.querySelector('#crmgap-diagram svg.sprotty-graph').getBoundingClientRect();",
				"n.position.x + n.size.width / 2 - s.width / 2", "n.position.y + n.size.height / 2 - s.height / 2");
		page.scrollTo("const r = document.getElementById('crmgap-diagram_" + edge + "_label').getBoundingClientRect();"
				+ " const s = document.querySelector('#crmgap-diagram svg.sprotty-graph').getBoundingClientRect(); const root = window.crmgap.root();"
				+ " const x = root.scroll.x + (r.x + r.width / 2 - s.x) / root.zoom, y = root.scroll.y + (r.y + r.height / 2 - s.y) / root.zoom;",
				"x - s.width / 2", "y - s.height / 2");
		// a point of the label that nothing covers (an edge or node can run over part of it)
		String free = "const g = document.getElementById('crmgap-diagram_" + edge + "_label'); if (!g) return 'none';"
				+ " const r = g.getBoundingClientRect(); for (const fy of [0.5, 0.3, 0.7]) for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {"
				+ " const x = r.x + fx * r.width, y = r.y + fy * r.height;"
				+ " if (g.contains(document.elementFromPoint(x, y))) return Math.round(x) + ' ' + Math.round(y); }"
				+ " const c = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
				+ " return 'covered ' + JSON.stringify(r) + ' by ' + (c ? c.tagName + '#' + (c.closest('[id]') || {}).id : 'nothing');";
		Ui.waitFor("the gap's label in view", 10_000, () -> page.text(free).matches("\\d+ \\d+"), () -> page.text(free));
		String[] point = page.text(free).split(" ");
		String value = String.format(Locale.ROOT, "%+.3f", finding.value());
		String text = "const p = document.querySelector('.sprotty-popup .crmgap-popup'); return p ? p.innerText : '';";
		page.act("the gap's popup", () -> Input.moveTo(page.browser, Integer.parseInt(point[0]), Integer.parseInt(point[1])),
				() -> page.text(text).contains(value));
		String shown = page.text(text);
		assertTrue(shown.contains("n = " + finding.n()) && shown.contains("Severity: " + finding.severity().getLiteral()), finding + " in the popup: " + shown);
		Screenshots.awaitPaint(page.browser);
		Screenshots.take(page.editor.getSite().getShell(), "editor-aids-popup");
		Input.moveTo(page.browser, 2, 2);
	}

	/** A double-click on a name, a blank and a sibling's name refused with a message; the model keeps the name. */
	private void labelEdit() {
		String id = page.text("return " + nodeJs(RENAMED) + ".id;");
		page.scrollTo("const n = window.crmgap.root().index.getById('" + id + "');", "n.position.x - 100", "n.position.y - 100");
		// on the name where it is now (the view at rest), at a point where the name is what the pointer would hit
		String name = "document.getElementById('crmgap-diagram_" + id + "_name')";
		String at = "const e = " + name + "; const r = e.getBoundingClientRect(); const x = r.x + 10, y = r.y + r.height / 2;";
		Ui.waitFor("the name in view", 10_000, () -> page.jsTrue(at + " return e.contains(document.elementFromPoint(x, y));"), page::state);
		String editing = "const a = document.activeElement; return !!a && a.tagName === 'INPUT' && !!a.closest('.label-edit');";
		page.act("a double-click edits the name",
				() -> page.js(at + " e.dispatchEvent(new MouseEvent('dblclick', {clientX: x, clientY: y, detail: 2, bubbles: true}));"),
				() -> page.jsTrue(editing));
		String message = "const b = document.querySelector('.label-edit.validation-error, .label-edit .validation-error');"
				+ " return b ? (b.getAttribute('data-balloon') || b.textContent || 'error') : '';";
		page.js("document.activeElement.value = 'x';");
		page.key(SWT.BS);
		Ui.waitFor("a blank name refused", 10_000, () -> page.text(message).contains("cannot be blank"), () -> page.text(message));
		page.typeInto(TAKEN);
		Ui.waitFor("a sibling's name refused", 10_000, () -> page.text(message).contains("already named \"" + TAKEN + "\""), () -> page.text(message));
		page.key(SWT.CR);
		assertTrue(page.jsTrue(editing) && page.text(message).contains("already named"),
				"Enter does not apply a refused name: the field stays, with its reason");
		page.js(ESCAPE);
		Ui.waitFor("the edit closed", 5_000, () -> !page.jsTrue(editing));
		assertEquals(RENAMED, ((NamedElement) page.editor.diagramPage(DiagramKind.DIE_OVERVIEW).document().element(id)).getName());
	}
}
