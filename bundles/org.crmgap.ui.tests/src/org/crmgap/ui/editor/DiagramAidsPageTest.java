package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.indicators.GapFinding;
import org.crmgap.model.NamedElement;
import org.crmgap.ui.testing.Input;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GLSP's editing aids in the editor's diagram page (the SWT Browser, WebKitGTK under Xvfb), used as a user does: keys
 * posted to the window system reach the page through the workbench, the mouse pointer moved onto a gap. DOM events
 * only where posted input does not reach the page: Alt+H (the Help menu's mnemonic; the page's "?" opens the shortcut help
 * there), Escape, the double-click. The
 * same aids with Chromium's real mouse and keys: DiagramAidsChromiumTest.
 */
class DiagramAidsPageTest {

	private static final String REVEALED = "Short queues in the branch";
	private static final String TAKEN = "Transactional savers: tangibles";
	private static final String RENAMED = "Transactional savers: empathy";

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("diagram-aids");

	private Browser browser;
	private Display display;

	private Object js(String script) {
		return browser.evaluate(script);
	}

	private boolean jsTrue(String script) {
		return Boolean.TRUE.equals(js(script));
	}

	private double number(String script) {
		return ((Number) js(script)).doubleValue();
	}

	/** The diagram takes keys as after a click on empty canvas: the Browser, in it the diagram's svg (focusable). */
	private void focusDiagram() {
		browser.setFocus();
		js("document.querySelector('#crmgap-diagram svg.sprotty-graph').focus();");
	}

	/** Escape as a DOM event: posted to the window system it did not close the search or the name's field in this page (not understood yet). */
	private static final String ESCAPE = domKey("Escape", "Escape", false, false);

	/** What the user does, then what the page shows for it. */
	private static void act(String what, Runnable input, BooleanSupplier seen) {
		input.run();
		Ui.waitFor(what, 10_000, seen);
	}

	/**
	 * A key as a DOM event on the focused element, where real input does not reach the page.
	 */
	private static String domKey(String key, String code, boolean alt, boolean ctrl) {
		return "for (const t of ['keydown', 'keyup']) (document.activeElement || document.body).dispatchEvent(new KeyboardEvent(t, {key: '" + key
				+ "', code: '" + code + "', altKey: " + alt + ", ctrlKey: " + ctrl + ", bubbles: true, cancelable: true}));";
	}

	private String nodeJs(String name) {
		return "window.crmgap.root().children.find(c => c.type.startsWith('node:') && c.children.some(l => l.type === 'label:name' && l.text === '"
				+ name + "'))";
	}

	private double[] position(String nodeId) {
		String n = "window.crmgap.root().index.getById('" + nodeId + "')";
		return new double[] { number("return " + n + ".position.x;"), number("return " + n + ".position.y;") };
	}

	private static Shape shape(DiagramDocument document, String id) {
		return document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().stream().filter(s -> s.getElement().equals(id)).findFirst().orElseThrow();
	}

	@Test
	@Disabled("flaky: of 7 runs on 2026-12-03 on an idle machine, 2 failed, once at a posted Numpad + (no zoom), once at the "
			+ "DOM double-click on a name (no field); not understood yet, see the README's Editing aids")
	void eachEditingAidWorksInTheEditorsDiagramPage() throws Exception {
		GapModelEditor editor = example.open();
		browser = Widgets.visible(Widgets.showPage(editor, DiagramKind.DIE_OVERVIEW.label()), Browser.class).get(0);
		display = browser.getDisplay();
		Ui.waitFor("the diagram loaded in the SWT Browser", 90_000, () -> jsTrue("return !!window.crmgap && window.crmgap.status === 'loaded';"));
		DiagramDocument document = editor.diagramPage(DiagramKind.DIE_OVERVIEW).document();
		Ui.waitFor("the analysis", 60_000, () -> !document.findings().isEmpty());
		editor.getSite().getShell().forceActive();
		run(editor, document);
	}

	private void run(GapModelEditor editor, DiagramDocument document) throws Exception {
		// keyboard palette: Alt+P opens it with a key per tool
		focusDiagram();
		act("Alt+P opens the palette", () -> Input.press(display, 'p', SWT.ALT),
				() -> jsTrue("return document.querySelector('.tool-palette').getBoundingClientRect().height > 100"
						+ " && document.querySelectorAll('.tool-palette .key-shortcut').length > 5;"));
		Screenshots.awaitPaint(browser);
		Screenshots.take(editor.getSite().getShell(), "editor-aids-palette");
		js("document.querySelector('.crmgap-palette-toggle').click();");
		Ui.waitFor("the palette closed", 5_000, () -> jsTrue("return document.querySelector('.tool-palette').getBoundingClientRect().height < 2;"));

		// shortcut help: Alt+H lists the keys, GLSP's and the page's own (as a DOM event: in the workbench GTK gives Alt+H
		// to the Help menu, its mnemonic, before the focused Browser; "?" is the page's key for it there, last below)
		focusDiagram();
		act("Alt+H shows the shortcut help", () -> js(domKey("h", "KeyH", true, false)),
				() -> jsTrue("const m = document.querySelector('.keyboard-shortcuts-menu');"
						+ " return !!m && m.offsetParent !== null && m.innerText.includes('Focus on tool palette')"
						+ " && m.innerText.includes('Hide the selected');"));
		js("document.getElementById('key-shortcut-close-btn').click();");

		// zoom keys
		focusDiagram();
		double zoom = number("return window.crmgap.root().zoom;");
		act("Numpad + zooms in", () -> Input.press(display, SWT.KEYPAD_ADD), () -> number("return window.crmgap.root().zoom;") > zoom);
		double zoomed = number("return window.crmgap.root().zoom;");
		act("Numpad - zooms out", () -> Input.press(display, SWT.KEYPAD_SUBTRACT), () -> number("return window.crmgap.root().zoom;") < zoomed);

		// element search: Ctrl+F, a name typed, the element listed
		focusDiagram();
		act("Ctrl+F opens the search", () -> Input.press(display, 'f', SWT.CTRL),
				() -> jsTrue("const a = document.activeElement; return !!a && a.tagName === 'INPUT' && !!a.closest('.search-palette, [id*=\"search\"]');"));
		typeInto(REVEALED);
		Ui.waitFor("the element in the search's suggestions", 10_000, () -> jsTrue(suggested(REVEALED)));
		js(ESCAPE);
		String search = "[...document.querySelectorAll('[id*=\"search\"]')].filter(e => e.querySelector('input'))";
		Ui.waitFor("the search closed", 5_000,
				() -> jsTrue("return " + search + ".every(e => getComputedStyle(e).visibility === 'hidden' || e.offsetParent === null);"),
				() -> (String) js("return " + search + ".map(e => e.id + ' ' + e.className + ' ' + e.style.cssText).join(' / ');"));

		// command palette: Ctrl+Space, a name, Enter: the element selected and centred
		js("window.crmgap.home();");
		focusDiagram();
		act("Ctrl+Space opens the command palette", () -> Input.press(display, ' ', SWT.CTRL),
				() -> jsTrue("const a = document.activeElement; return !!a && a.tagName === 'INPUT' && !!a.closest('.command-palette')"
						+ " && !a.closest('[id*=\"search\"]') && getComputedStyle(a).visibility !== 'hidden';"));
		typeInto(REVEALED);
		// the list filtered to the name (the first suggestion is the one Enter takes)
		Ui.waitFor("Reveal as the first suggestion", 10_000, () -> jsTrue("return [...document.querySelectorAll('.command-palette .selected')]"
				+ ".some(e => getComputedStyle(e).visibility !== 'hidden' && e.textContent.startsWith('Reveal " + REVEALED + "'));"),
				() -> (String) js("return [...document.querySelectorAll('.command-palette .selected')].map(e => e.textContent).join(' / ');"));
		Input.press(display, SWT.CR);
		String revealed = (String) js("return " + nodeJs(REVEALED) + ".id;");
		String centred = "const n = " + nodeJs(REVEALED) + "; const e = document.getElementById('crmgap-diagram_' + n.id);"
				+ " const s = document.querySelector('#crmgap-diagram svg.sprotty-graph').getBoundingClientRect();"
				+ " const r = e ? e.getBoundingClientRect() : { x: NaN, y: NaN, width: 0, height: 0 };"
				+ " return n.selected + ' ' + Math.round(r.x + r.width / 2 - s.x - s.width / 2) + ' ' + Math.round(r.y + r.height / 2 - s.y - s.height / 2);";
		Ui.waitFor("the element selected and in the middle of the view", 10_000, () -> {
			String[] seen = ((String) js(centred)).split(" ");
			return "true".equals(seen[0]) && Math.abs(Double.parseDouble(seen[1])) < 60 && Math.abs(Double.parseDouble(seen[2])) < 60;
		}, () -> (String) js(centred));

		// arrow keys move the selected element by the grid (10 px; a position off the grid snaps to it); the server keeps it
		focusDiagram();
		double[] from = position(revealed);
		double[] to = { Math.round((from[0] + 10) / 10) * 10.0, Math.round(from[1] / 10) * 10.0 };
		act("ArrowRight moves the selection", () -> Input.press(display, SWT.ARROW_RIGHT), () -> position(revealed)[0] != from[0]);
		assertEquals(to[0], position(revealed)[0], "moved right to the next grid line");
		assertEquals(to[1], position(revealed)[1], "on the grid");
		Ui.waitFor("the move in the notation", 10_000, () -> shape(document, revealed).getX() == to[0] && shape(document, revealed).getY() == to[1],
				() -> shape(document, revealed).getX() + "," + shape(document, revealed).getY());

		noOverlap(document, revealed);
		popup(editor, document);
		labelEdit(editor);

		// "?" (a real key) opens the shortcut help in the workbench, where Alt+H opens the Help menu
		focusDiagram();
		act("? shows the shortcut help", () -> Input.press(display, '/', SWT.SHIFT),
				() -> jsTrue("const m = document.querySelector('.keyboard-shortcuts-menu');"
						+ " return !!m && m.offsetParent !== null && m.innerText.includes('Show this list of shortcuts');"));
	}

	/** A name in the focused input: all but its last letter set, the last one typed, so the field sees a key. */
	private void typeInto(String name) {
		js("document.activeElement.value = '" + name.substring(0, name.length() - 1) + "';");
		Input.press(display, name.charAt(name.length() - 1));
	}

	private static String suggested(String text) {
		return "return [...document.querySelectorAll('div')].some(e => !e.querySelector('div') && e.textContent.includes('" + text + "'));";
	}

	/** The pointer on a gap's label: its indicator in the popup. */
	private void popup(GapModelEditor editor, DiagramDocument document) throws Exception {
		String edge = (String) js("return window.crmgap.root().children.find(c => c.type.startsWith('edge:gap-') && c.children.length"
				+ " && " + jsList(document.findings().keySet()) + ".includes(c.id)).id;");
		GapFinding finding = document.findings().get(edge);
		// the label in the middle of the view at full size
		js("const r = document.getElementById('crmgap-diagram_" + edge + "_label').getBoundingClientRect();"
				+ " const s = document.querySelector('#crmgap-diagram svg.sprotty-graph').getBoundingClientRect(); const root = window.crmgap.root();"
				+ " const x = root.scroll.x + (r.x + r.width / 2 - s.x) / root.zoom, y = root.scroll.y + (r.y + r.height / 2 - s.y) / root.zoom;"
				+ " window.crmgap.scrollTo(x - s.width / 2, y - s.height / 2, 1);");
		// a point of the label that nothing covers (an edge or node can run over part of it)
		String free = "const g = document.getElementById('crmgap-diagram_" + edge + "_label'); if (!g) return 'none';"
				+ " const r = g.getBoundingClientRect(); for (const fy of [0.5, 0.3, 0.7]) for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {"
				+ " const x = r.x + fx * r.width, y = r.y + fy * r.height;"
				+ " if (g.contains(document.elementFromPoint(x, y))) return Math.round(x) + ' ' + Math.round(y); }"
				+ " const c = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
				+ " return 'covered ' + JSON.stringify(r) + ' by ' + (c ? c.tagName + '#' + (c.closest('[id]') || {}).id : 'nothing');";
		Ui.waitFor("the gap's label in view", 10_000, () -> ((String) js(free)).matches("\\d+ \\d+"), () -> (String) js(free));
		String[] point = ((String) js(free)).split(" ");
		int x = Integer.parseInt(point[0]);
		int y = Integer.parseInt(point[1]);
		String value = String.format(Locale.ROOT, "%+.3f", finding.value());
		String text = "const p = document.querySelector('.sprotty-popup .crmgap-popup'); return p ? p.innerText : '';";
		act("the gap's popup", () -> Input.moveTo(browser, x, y), () -> ((String) js(text)).contains(value));
		String shown = (String) js(text);
		assertTrue(shown.contains("n = " + finding.n()) && shown.contains("Severity: " + finding.severity().getLiteral()), finding + " in the popup: " + shown);
		Screenshots.awaitPaint(browser);
		Screenshots.take(editor.getSite().getShell(), "editor-aids-popup");
		Input.moveTo(browser, 2, 2);
	}

	private static String jsList(Collection<String> ids) {
		return ids.stream().map(i -> "'" + i + "'").collect(Collectors.joining(",", "[", "]"));
	}

	/** A double-click on a name, a blank and a sibling's name refused with a message; the model keeps the name. */
	private void labelEdit(GapModelEditor editor) {
		String id = (String) js("return " + nodeJs(RENAMED) + ".id;");
		js("const n = window.crmgap.root().index.getById('" + id + "'); window.crmgap.scrollTo(n.position.x - 100, n.position.y - 100, 1);");
		Ui.waitFor("the name in view", 10_000, () -> jsTrue("return !!document.getElementById('crmgap-diagram_" + id + "_name');"));
		int x = (int) number("const r = document.getElementById('crmgap-diagram_" + id + "_name').getBoundingClientRect(); return r.x + 10;");
		int y = (int) number("const r = document.getElementById('crmgap-diagram_" + id + "_name').getBoundingClientRect(); return r.y + r.height / 2;");
		String editing = "const a = document.activeElement; return !!a && a.tagName === 'INPUT' && !!a.closest('.label-edit');";
		// a double-click as a DOM event: SWT's Display.post takes no mouse button here (GTK), only pointer moves
		act("a double-click edits the name", () -> js("document.getElementById('crmgap-diagram_" + id + "_name').dispatchEvent(new MouseEvent('dblclick',"
				+ " {clientX: " + x + ", clientY: " + y + ", detail: 2, bubbles: true}));"), () -> jsTrue(editing));
		String message = "const b = document.querySelector('.label-edit.validation-error, .label-edit .validation-error');"
				+ " return b ? (b.getAttribute('data-balloon') || b.textContent || 'error') : '';";
		js("document.activeElement.value = 'x';");
		Input.press(display, SWT.BS);
		Ui.waitFor("a blank name refused", 10_000, () -> ((String) js(message)).contains("cannot be blank"), () -> (String) js(message));
		typeInto(TAKEN);
		Ui.waitFor("a sibling's name refused", 10_000, () -> ((String) js(message)).contains("already named \"" + TAKEN + "\""), () -> (String) js(message));
		js("window.crmgapEnter = false;"
				+ " document.addEventListener('keydown', e => window.crmgapEnter = e.key === 'Enter', { once: true, capture: true });");
		Input.press(display, SWT.CR);
		Ui.waitFor("Enter in the field", 5_000, () -> jsTrue("return window.crmgapEnter;"));
		assertTrue(jsTrue(editing) && ((String) js(message)).contains("already named"),
				"Enter does not apply a refused name: the field stays, with its reason");
		js(ESCAPE);
		Ui.waitFor("the edit closed", 5_000, () -> !jsTrue(editing));
		assertEquals(RENAMED, ((NamedElement) editor.diagramPage(DiagramKind.DIE_OVERVIEW).document().element(id)).getName());
	}

	/** Arrow keys towards the nearest neighbour: the moves that would overlap it are refused, the element stops before it. */
	private void noOverlap(DiagramDocument document, String id) {
		String[] nearest = ((String) js("const nodes = window.crmgap.root().children.filter(c => c.type.startsWith('node:'));"
				+ " const me = nodes.find(n => n.id === '" + id + "'); const a = { x: me.position.x, y: me.position.y, w: me.size.width, h: me.size.height };"
				+ " let best = null; for (const n of nodes) { if (n === me) continue;"
				+ "  const b = { x: n.position.x, y: n.position.y, w: n.size.width, h: n.size.height };"
				+ "  const ys = b.y < a.y + a.h && a.y < b.y + b.h, xs = b.x < a.x + a.w && a.x < b.x + b.w; const c = [];"
				+ "  if (ys && b.x >= a.x + a.w) c.push(['ArrowRight', b.x - a.x - a.w]); if (ys && b.x + b.w <= a.x) c.push(['ArrowLeft', a.x - b.x - b.w]);"
				+ "  if (xs && b.y >= a.y + a.h) c.push(['ArrowDown', b.y - a.y - a.h]); if (xs && b.y + b.h <= a.y) c.push(['ArrowUp', a.y - b.y - b.h]);"
				+ "  for (const [k, g] of c) if (g >= 15 && (!best || g < best.g)) best = { k, g, id: n.id }; }"
				+ " return best ? best.k + ' ' + best.g + ' ' + best.id : '';")).split(" ");
		int key = switch (nearest[0]) {
			case "ArrowRight" -> SWT.ARROW_RIGHT;
			case "ArrowLeft" -> SWT.ARROW_LEFT;
			case "ArrowDown" -> SWT.ARROW_DOWN;
			default -> SWT.ARROW_UP;
		};
		double gap = Double.parseDouble(nearest[1]);
		int free = (int) Math.ceil(gap / 10) - 1;
		focusDiagram();
		for (int i = 0; i < free; i++) {
			double[] before = position(id);
			Input.press(display, key);
			Ui.waitFor("move " + (i + 1) + " of " + free + " towards the neighbour", 5_000,
					() -> position(id)[0] != before[0] || position(id)[1] != before[1]);
		}
		double[] stopped = position(id);
		// one more would overlap: refused; a zoom key after it shows when the page has handled it (keys are handled in order)
		double zoom = number("return window.crmgap.root().zoom;");
		Input.press(display, key);
		Input.press(display, SWT.KEYPAD_ADD);
		Ui.waitFor("the zoom key after the refused move", 5_000, () -> number("return window.crmgap.root().zoom;") != zoom);
		assertEquals(stopped[0], position(id)[0], "a move onto the neighbour is refused");
		assertEquals(stopped[1], position(id)[1], "a move onto the neighbour is refused");
		Ui.waitFor("the stop in the notation", 10_000, () -> shape(document, id).getX() == stopped[0] && shape(document, id).getY() == stopped[1]);
		Input.press(display, SWT.KEYPAD_SUBTRACT);
	}
}
