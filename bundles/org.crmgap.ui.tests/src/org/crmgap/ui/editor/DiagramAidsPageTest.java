package org.crmgap.ui.editor;

import static org.crmgap.ui.editor.DiagramPageDriver.ESCAPE;
import static org.crmgap.ui.editor.DiagramPageDriver.domKey;
import static org.crmgap.ui.editor.DiagramPageDriver.nodeJs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GLSP's keyboard aids in the editor's diagram page (the SWT Browser, WebKitGTK under Xvfb), used as a user does: keys
 * posted to the window system reach the page through the workbench. DOM events only where posted input does not reach
 * the page: Alt+H (the Help menu's mnemonic; the page's "?" opens the shortcut help there) and Escape. The pointer's
 * aids: DiagramPointerAidsPageTest; the same aids with Chromium's real mouse and keys: DiagramAidsChromiumTest.
 */
class DiagramAidsPageTest {

	private static final String REVEALED = "Short queues in the branch";

	@RegisterExtension
	final DiagramPageDriver page = new DiagramPageDriver();

	@Test
	void eachKeyboardAidWorksInTheEditorsDiagramPage() throws Exception {
		// keyboard palette: Alt+P opens it with a key per tool
		page.act("Alt+P opens the palette", () -> page.key('p', SWT.ALT),
				() -> page.jsTrue("return document.querySelector('.tool-palette').getBoundingClientRect().height > 100"
						+ " && document.querySelectorAll('.tool-palette .key-shortcut').length > 5;"));
		Screenshots.awaitPaint(page.browser);
		Screenshots.take(page.editor.getSite().getShell(), "editor-aids-palette");
		page.js("document.querySelector('.crmgap-palette-toggle').click();");
		Ui.waitFor("the palette closed", 5_000, () -> page.jsTrue("return document.querySelector('.tool-palette').getBoundingClientRect().height < 2;"));

		// shortcut help: Alt+H lists the keys, GLSP's and the page's own (as a DOM event: in the workbench GTK gives Alt+H
		// to the Help menu, its mnemonic, before the focused Browser; "?" is the page's key for it there, last below)
		page.focusDiagram();
		page.act("Alt+H shows the shortcut help", () -> page.js(domKey("h", "KeyH", true, false)),
				() -> page.jsTrue("const m = document.querySelector('.keyboard-shortcuts-menu');"
						+ " return !!m && m.offsetParent !== null && m.innerText.includes('Focus on tool palette')"
						+ " && m.innerText.includes('Hide the selected');"));
		page.js("document.getElementById('key-shortcut-close-btn').click();");

		// the workbench focuses the editor again (its window active again, a part clicked): the keys stay in the diagram
		// (they went to the diagram choice above it: a posted Numpad + that did not zoom when this test was flaky)
		page.editor.setFocus();
		page.focusDiagram();
		// zoom keys (animated: the next key once the view is at rest)
		double zoom = page.zoom();
		page.act("Numpad + zooms in", () -> page.key(SWT.KEYPAD_ADD), () -> page.zoom() > zoom);
		page.settle();
		double zoomed = page.zoom();
		page.act("Numpad - zooms out", () -> page.key(SWT.KEYPAD_SUBTRACT), () -> page.zoom() < zoomed);
		page.settle();

		search();
		String revealed = commandPalette();
		arrowKeys(revealed);

		// "?" (a real key) opens the shortcut help in the workbench, where Alt+H opens the Help menu
		page.focusDiagram();
		page.act("? shows the shortcut help", () -> page.key('/', SWT.SHIFT),
				() -> page.jsTrue("const m = document.querySelector('.keyboard-shortcuts-menu');"
						+ " return !!m && m.offsetParent !== null && m.innerText.includes('Show this list of shortcuts');"));
	}

	/** Element search: Ctrl+F, a name typed, the element listed. */
	private void search() {
		typeInPalette("Ctrl+F opens the search", 'f', "!!a.closest('.search-palette, [id*=\"search\"]')");
		Ui.waitFor("the element in the search's suggestions", 10_000, () -> page.jsTrue("return [...document.querySelectorAll('div')]"
				+ ".some(e => !e.querySelector('div') && e.textContent.includes('" + REVEALED + "'));"));
		page.js(ESCAPE);
		String search = "[...document.querySelectorAll('[id*=\"search\"]')].filter(e => e.querySelector('input'))";
		Ui.waitFor("the search closed", 5_000,
				() -> page.jsTrue("return " + search + ".every(e => getComputedStyle(e).visibility === 'hidden' || e.offsetParent === null);"),
				() -> page.text("return " + search + ".map(e => e.id + ' ' + e.className + ' ' + e.style.cssText).join(' / ');"));
	}

	/** Ctrl+{@code key} opens a palette whose field takes the keys ({@code field}: a condition on it, {@code a}); the name typed in it. */
	private void typeInPalette(String what, char key, String field) {
		page.focusDiagram();
		page.act(what, () -> page.key(key, SWT.CTRL),
				() -> page.jsTrue("const a = document.activeElement; return !!a && a.tagName === 'INPUT' && " + field + ";"));
		page.typeInto(REVEALED);
	}

	/** Command palette: Ctrl+Space, a name, Enter: the element selected and centred. Returns its id. */
	private String commandPalette() {
		page.js("window.crmgap.home();");
		typeInPalette("Ctrl+Space opens the command palette", ' ',
				"!!a.closest('.command-palette') && !a.closest('[id*=\"search\"]') && getComputedStyle(a).visibility !== 'hidden'");
		// the list filtered to the name (the first suggestion is the one Enter takes)
		Ui.waitFor("Reveal as the first suggestion", 10_000, () -> page.jsTrue("return [...document.querySelectorAll('.command-palette .selected')]"
				+ ".some(e => getComputedStyle(e).visibility !== 'hidden' && e.textContent.startsWith('Reveal " + REVEALED + "'));"),
				() -> page.text("return [...document.querySelectorAll('.command-palette .selected')].map(e => e.textContent).join(' / ');"));
		page.key(SWT.CR);
		String revealed = page.text("return " + nodeJs(REVEALED) + ".id;");
		String centred = "const n = " + nodeJs(REVEALED) + "; const e = document.getElementById('crmgap-diagram_' + n.id);"
				+ " const s = document.querySelector('#crmgap-diagram svg.sprotty-graph').getBoundingClientRect();"
				+ " const r = e ? e.getBoundingClientRect() : { x: NaN, y: NaN, width: 0, height: 0 };"
				+ " return n.selected + ' ' + Math.round(r.x + r.width / 2 - s.x - s.width / 2) + ' ' + Math.round(r.y + r.height / 2 - s.y - s.height / 2);";
		Ui.waitFor("the element selected and in the middle of the view", 10_000, () -> {
			String[] seen = page.text(centred).split(" ");
			return "true".equals(seen[0]) && Math.abs(Double.parseDouble(seen[1])) < 60 && Math.abs(Double.parseDouble(seen[2])) < 60;
		}, () -> page.text(centred));
		page.settle();
		return revealed;
	}

	/** Arrow keys move the selected element by the grid (10 px; a position off the grid snaps to it); the server keeps it. */
	private void arrowKeys(String revealed) {
		page.focusDiagram();
		double[] from = page.position(revealed);
		double[] to = { Math.round((from[0] + 10) / 10) * 10.0, Math.round(from[1] / 10) * 10.0 };
		page.act("ArrowRight moves the selection", () -> page.key(SWT.ARROW_RIGHT), () -> page.position(revealed)[0] != from[0]);
		assertEquals(to[0], page.position(revealed)[0], "moved right to the next grid line");
		assertEquals(to[1], page.position(revealed)[1], "on the grid");
		Ui.waitFor("the move in the notation", 10_000, () -> page.shape(revealed).getX() == to[0] && page.shape(revealed).getY() == to[1],
				() -> page.shape(revealed).getX() + "," + page.shape(revealed).getY());
		noOverlap(revealed);
	}

	/** Arrow keys towards the nearest neighbour: the moves that would overlap it are refused, the element stops before it. */
	private void noOverlap(String id) {
		String[] nearest = page.text("const nodes = window.crmgap.root().children.filter(c => c.type.startsWith('node:'));"
				+ " const me = nodes.find(n => n.id === '" + id + "'); const a = { x: me.position.x, y: me.position.y, w: me.size.width, h: me.size.height };"
				+ " let best = null; for (const n of nodes) { if (n === me) continue;"
				+ "  const b = { x: n.position.x, y: n.position.y, w: n.size.width, h: n.size.height };"
				+ "  const ys = b.y < a.y + a.h && a.y < b.y + b.h, xs = b.x < a.x + a.w && a.x < b.x + b.w; const c = [];"
				+ "  if (ys && b.x >= a.x + a.w) c.push(['ArrowRight', b.x - a.x - a.w]); if (ys && b.x + b.w <= a.x) c.push(['ArrowLeft', a.x - b.x - b.w]);"
				+ "  if (xs && b.y >= a.y + a.h) c.push(['ArrowDown', b.y - a.y - a.h]); if (xs && b.y + b.h <= a.y) c.push(['ArrowUp', a.y - b.y - b.h]);"
				+ "  for (const [k, g] of c) if (g >= 15 && (!best || g < best.g)) best = { k, g, id: n.id }; }"
				+ " return best ? best.k + ' ' + best.g + ' ' + best.id : '';").split(" ");
		int key = switch (nearest[0]) {
			case "ArrowRight" -> SWT.ARROW_RIGHT;
			case "ArrowLeft" -> SWT.ARROW_LEFT;
			case "ArrowDown" -> SWT.ARROW_DOWN;
			default -> SWT.ARROW_UP;
		};
		int free = (int) Math.ceil(Double.parseDouble(nearest[1]) / 10) - 1;
		for (int i = 0; i < free; i++) {
			double[] before = page.position(id);
			page.act("move " + (i + 1) + " of " + free + " towards the neighbour", () -> page.key(key),
					() -> page.position(id)[0] != before[0] || page.position(id)[1] != before[1]);
		}
		double[] stopped = page.position(id);
		// one more would overlap: refused; a zoom key after it shows when the page has handled it (keys are handled in order)
		double zoom = page.zoom();
		page.key(key);
		page.act("the zoom key after the refused move", () -> page.key(SWT.KEYPAD_ADD), () -> page.zoom() != zoom);
		assertEquals(stopped[0], page.position(id)[0], "a move onto the neighbour is refused");
		assertEquals(stopped[1], page.position(id)[1], "a move onto the neighbour is refused");
		Ui.waitFor("the stop in the notation", 10_000, () -> page.shape(id).getX() == stopped[0] && page.shape(id).getY() == stopped[1]);
	}
}
