package org.crmgap.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramServer;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * A diagram of the model in the editor: the GLSP client in an SWT Browser, talking to the diagram server of this
 * workbench. The diagram works on the editor's editing domain, so its edits are on the editor's command stack
 * (undo, dirty state, save) and tree edits show on the diagram. Started when the page is first shown; a failed
 * analysis is said above the diagram (its gaps are then not coloured).
 */
final class DiagramPage implements EditorPage {

	private final DiagramKind kind;
	private final EditorDiagrams diagrams;
	private final SelectionBridge selection;
	private final Runnable save;
	private final IFile modelFile;
	private Composite page;
	private Label problem;
	private DiagramDocument document;
	private Browser browser;
	private String token;
	private DiagramChoice choice;
	private Diagram pending;
	private final Runnable statusChanged = this::showAnalysisProblem;

	/** {@code save} is the editor's save (the client's save button uses it). */
	DiagramPage(DiagramKind kind, EditorDiagrams diagrams, SelectionBridge selection, Runnable save, IFile modelFile) {
		this.kind = kind;
		this.diagrams = diagrams;
		this.selection = selection;
		this.save = save;
		this.modelFile = modelFile;
	}

	@Override
	public String title() {
		return kind.label();
	}

	@Override
	public Control create(Composite parent) {
		page = new Composite(parent, SWT.NONE) {
			// the diagram takes the keys when its tab is shown or the workbench activates the editor on it (both focus
			// the page): by default its first child, the diagram choice above the diagram, took them
			@Override
			public boolean setFocus() {
				return browser != null && !browser.isDisposed() && browser.setFocus() || super.setFocus();
			}
		};
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = layout.verticalSpacing = 0;
		page.setLayout(layout);
		return page;
	}

	/** Opens the diagram the first time; shows the tree's selection on it. */
	@Override
	public void activate() {
		if (document == null && !page.isDisposed()) {
			open();
			page.setFocus(); // the tab took the focus before its browser was made
		}
		selection.showOn(this);
	}

	private void open() {
		try {
			document = diagrams.document();
			DiagramServer server = DiagramServer.shared();
			StartupTrace.reached("diagram server started");
			Display display = page.getDisplay();
			token = server.register(document, d -> display.syncExec(save));
			if (!kind.isTemplate()) {
				choice = new DiagramChoice(page, document, kind, pending, d -> showDiagram(server, d));
			}
			problem = new Label(page, SWT.WRAP);
			problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			browser = new Browser(page, SWT.NONE);
			browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			new BrowserFunction(browser, "crmgapHostSelect") {
				@Override
				public Object function(Object[] arguments) {
					selection.showInProperties(elements(arguments.length > 0 ? String.valueOf(arguments[0]) : "[]"));
					return null;
				}
			};
			new BrowserFunction(browser, "crmgapHostReveal") {
				@Override
				public Object function(Object[] arguments) {
					selection.reveal(elements(arguments.length > 0 ? String.valueOf(arguments[0]) : "[]"));
					return null;
				}
			};
			new BrowserFunction(browser, "crmgapHostExport") {
				@Override
				public Object function(Object[] arguments) {
					if (arguments.length == 2) {
						DiagramFileExport.export(page.getShell(), modelFile, choice == null ? kind.label() : choice.shown().getName(),
								String.valueOf(arguments[0]), String.valueOf(arguments[1]));
					}
					return null;
				}
			};
			document.addStatusListener(statusChanged);
			showAnalysisProblem();
			browser.setUrl((choice == null ? server.page(token, kind) : server.page(token, kind, choice.shown().getId())).toString());
		} catch (IOException | SWTError e) {
			ILog.of(getClass()).error("Could not open the " + kind.label() + " diagram of " + modelFile.getLocation(), e);
			new Label(page, SWT.WRAP).setText("The diagram could not be opened: " + e.getMessage());
		}
		page.layout();
	}

	/** Shows this diagram of the kind (the page opens with it when it has not been opened yet). */
	void show(Diagram diagram) {
		if (choice == null) {
			pending = diagram;
		} else {
			choice.show(diagram);
		}
	}

	/**
	 * Shows another of the kind's diagrams: in the loaded page, on its session (no page load, about 0.1-0.3 s); before
	 * the page has loaded, or after it failed, by loading the page again with it.
	 */
	private void showDiagram(DiagramServer server, Diagram diagram) {
		if (browser == null || browser.isDisposed()) {
			return;
		}
		Object switched = browser.evaluate("if (window.crmgap && window.crmgap.showDiagram) { window.crmgap.showDiagram("
				+ ScriptText.literal(diagram.getId()) + "); return true; } return false;");
		if (!Boolean.TRUE.equals(switched)) {
			browser.setUrl(server.page(token, kind, diagram.getId()).toString());
		}
	}

	/** Above the diagram: why its gaps are not coloured, when the latest analysis failed. */
	private void showAnalysisProblem() {
		if (page.isDisposed()) {
			return;
		}
		page.getDisplay().asyncExec(() -> {
			if (problem == null || problem.isDisposed()) {
				return;
			}
			Exception failure = document.analysisProblem();
			problem.setText(failure == null ? "" : "Gaps not coloured: the analysis failed: " + failure.getMessage());
			((GridData) problem.getLayoutData()).exclude = failure == null;
			problem.setVisible(failure != null);
			page.layout();
		});
	}

	private List<EObject> elements(String jsonIds) {
		List<EObject> elements = new ArrayList<>();
		for (String id : jsonIds.replaceAll("[\\[\\]\"]", "").split(",")) {
			EObject element = id.isBlank() ? null : document.element(id.strip());
			if (element != null) {
				elements.add(element);
			}
		}
		return elements;
	}

	/** Selects these elements on the diagram (once the page is loaded; elements it does not show are skipped). */
	void select(List<?> elements) {
		if (browser == null || browser.isDisposed() || document == null) {
			return;
		}
		StringBuilder ids = new StringBuilder("[");
		for (Object element : elements) {
			if (element instanceof EObject object && document.id(object) != null) {
				ids.append(ids.length() > 1 ? "," : "").append('"').append(document.id(object).replace("\"", "")).append('"');
			}
		}
		browser.execute("if (window.crmgap && window.crmgap.select) { window.crmgap.select(" + ids.append(']') + "); }");
	}

	/** Delete and Select All act on the diagram (Delete on the tree's selection while the diagram is still loading). */
	@Override
	public EditTarget edits(EditTarget tree) {
		return new EditTarget() {
			@Override
			public void delete() {
				if (!call("deleteSelection")) {
					tree.delete();
				}
			}

			@Override
			public void selectAll() {
				call("selectAll");
			}
		};
	}

	/** Runs a function of the page's diagram API; false when the page is not ready. */
	private boolean call(String function) {
		return browser != null && !browser.isDisposed()
				&& Boolean.TRUE.equals(browser.evaluate("if (window.crmgap && window.crmgap." + function + ") { window.crmgap."
						+ function + "(); return true; } return false;"));
	}

	DiagramKind kind() {
		return kind;
	}

	/** The diagram choice above the page (null for the gap-model figure and before the page opened). */
	DiagramChoice choice() {
		return choice;
	}

	Browser browser() {
		return browser;
	}

	DiagramDocument document() {
		return document;
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeStatusListener(statusChanged);
		}
		if (token != null) {
			try {
				DiagramServer.shared().unregister(token);
			} catch (IOException e) {
				// the shared server exists once a token was issued: this is not expected
				ILog.of(getClass()).warn("Could not end the diagram session of " + modelFile.getLocation(), e);
			}
		}
	}
}
