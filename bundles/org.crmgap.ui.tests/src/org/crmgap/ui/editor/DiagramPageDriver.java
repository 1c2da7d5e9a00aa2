package org.crmgap.ui.editor;

import java.util.function.BooleanSupplier;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.ui.testing.Input;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The editor's diagram page (the SWT Browser, WebKitGTK under Xvfb) driven as a user does, for the editing aids' tests
 * ({@code @RegisterExtension}: the example project made and its editor opened on the DIE overview before each test).
 * Each step waits on what the page really is in, never on time: a posted key counts once the page has seen it (posted
 * keys come back from the window system later, and one still under way had reached the page after the test's next
 * script), geometry is read once the view is at rest (GLSP animates zooms; coordinates read during one were stale).
 */
final class DiagramPageDriver implements BeforeEachCallback, AfterEachCallback {

	/** Escape as a DOM event: posted to the window system it did not close the search or the name's field in this page (not understood yet). */
	static final String ESCAPE = domKey("Escape", "Escape", false, false);

	private static final String SVG = "document.querySelector('#crmgap-diagram svg.sprotty-graph')";

	private final ExampleProject example = ExampleProject.withData("diagram-aids");
	GapModelEditor editor;
	DiagramDocument document;
	Browser browser;
	Display display;

	/** Opens the example's editor on its DIE overview diagram, loaded and analysed, and waits for the keys in the diagram. */
	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		example.beforeEach(context);
		editor = example.open();
		browser = Widgets.visible(Widgets.showPage(editor, DiagramKind.DIE_OVERVIEW.label()), Browser.class).get(0);
		display = browser.getDisplay();
		document = editor.diagramPage(DiagramKind.DIE_OVERVIEW).document();
		Ui.waitFor("the diagram loaded in the SWT Browser", 90_000, () -> jsTrue("return !!window.crmgap && window.crmgap.status === 'loaded';"));
		Ui.waitFor("the analysis", 60_000, () -> !document.findings().isEmpty());
		editor.getSite().getShell().forceActive();
		// keys the page has seen (modifiers alone not counted), and how many frames the view has stood still
		js("window.crmgapTestKeys = 0; addEventListener('keydown', e => { if (!['Alt', 'Control', 'Shift', 'Meta'].includes(e.key))"
				+ " window.crmgapTestKeys++; }, true); const v = window.crmgapTestView = { at: '', still: 0 }; const frame = () => {"
				+ " const r = window.crmgap.root(); const at = r.zoom + ' ' + r.scroll.x + ' ' + r.scroll.y;"
				+ " v.still = at === v.at ? v.still + 1 : 0; v.at = at; requestAnimationFrame(frame); }; frame();");
		// the product's part: the page shown, the workbench's focus goes to the diagram
		Ui.waitFor("the keys in the diagram once its page is shown", 10_000, this::keysInDiagram, this::state);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		example.afterEach(context);
	}

	Object js(String script) {
		return browser.evaluate(script);
	}

	boolean jsTrue(String script) {
		return Boolean.TRUE.equals(js(script));
	}

	double number(String script) {
		return ((Number) js(script)).doubleValue();
	}

	String text(String script) {
		return (String) js(script);
	}

	double zoom() {
		return number("return window.crmgap.root().zoom;");
	}

	/** Where keys go and where the view is: what a failed step reports. */
	String state() {
		return "focus on " + display.getFocusControl() + "; " + text("const a = document.activeElement; return 'page focused ' + document.hasFocus()"
				+ " + ', active ' + (a ? a.tagName + '.' + a.getAttribute('class') : 'none') + ', view ' + window.crmgapTestView.at"
				+ " + ' (still ' + window.crmgapTestView.still + ' frames), keys seen ' + window.crmgapTestKeys;");
	}

	/** Posted keys reach the diagram: the Browser has the focus, the page too, and in it the diagram's svg. */
	boolean keysInDiagram() {
		return display.getFocusControl() == browser && jsTrue("return document.hasFocus() && document.activeElement === " + SVG + ";");
	}

	/** The diagram takes keys as after a click on empty canvas (its svg focused); waits until keys really go there. */
	void focusDiagram() {
		js(SVG + ".focus();");
		Ui.waitFor("the keys in the diagram", 10_000, this::keysInDiagram, this::state);
	}

	/** What the user does, then what the page shows for it. */
	void act(String what, Runnable input, BooleanSupplier seen) {
		input.run();
		Ui.waitFor(what, 10_000, seen, this::state);
	}

	/** A key posted to the window system, as a user types it; returns once the page has had it. */
	void key(int key, int... modifiers) {
		double seen = number("return window.crmgapTestKeys;");
		Input.press(display, key, modifiers);
		Ui.waitFor("the page to get the key " + key, 10_000, () -> number("return window.crmgapTestKeys;") > seen, this::state);
	}

	/** Waits until the view has stood still for two animation frames (a zoom key's animation is over). */
	void settle() {
		Ui.waitFor("the view at rest", 10_000, () -> number("return window.crmgapTestView.still;") >= 2, this::state);
	}

	/**
	 * Scrolls the view to {@code x, y} at full size ({@code prelude} may define them) and waits until it is there and
	 * at rest: the scroll is applied after any animation under way.
	 */
	void scrollTo(String prelude, String x, String y) {
		settle();
		js("window.crmgapTestScrolled = false; " + prelude + " window.crmgap.scrollTo(" + x + ", " + y + ", 1).then(() => window.crmgapTestScrolled = true);");
		Ui.waitFor("the scroll applied", 10_000, () -> jsTrue("return window.crmgapTestScrolled;"), this::state);
		js("window.crmgapTestView.still = 0;");
		settle();
	}

	/** A key as a DOM event on the focused element, where real input does not reach the page. */
	static String domKey(String key, String code, boolean alt, boolean ctrl) {
		return "for (const t of ['keydown', 'keyup']) (document.activeElement || document.body).dispatchEvent(new KeyboardEvent(t, {key: '" + key
				+ "', code: '" + code + "', altKey: " + alt + ", ctrlKey: " + ctrl + ", bubbles: true, cancelable: true}));";
	}

	/** A name in the focused input: all but its last letter set, the last one typed, so the field sees a key. */
	void typeInto(String name) {
		js("document.activeElement.value = '" + name.substring(0, name.length() - 1) + "';");
		key(name.charAt(name.length() - 1));
	}

	static String nodeJs(String name) {
		return "window.crmgap.root().children.find(c => c.type.startsWith('node:') && c.children.some(l => l.type === 'label:name' && l.text === '"
				+ name + "'))";
	}

	double[] position(String nodeId) {
		String n = "window.crmgap.root().index.getById('" + nodeId + "')";
		return new double[] { number("return " + n + ".position.x;"), number("return " + n + ".position.y;") };
	}

	Shape shape(String id) {
		return document.diagram(DiagramKind.DIE_OVERVIEW).getShapes().stream().filter(s -> s.getElement().equals(id)).findFirst().orElseThrow();
	}
}
