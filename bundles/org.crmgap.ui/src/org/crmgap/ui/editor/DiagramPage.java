package org.crmgap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.DiagramServer;
import org.crmgap.model.persistence.AtomicFiles;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * A diagram of the model in the editor: the GLSP client in an SWT Browser, talking to the diagram server of this
 * workbench. The diagram works on the editor's editing domain, so its edits are on the editor's command stack
 * (undo, dirty state, save) and tree edits show on the diagram. Started when the page is first shown.
 */
final class DiagramPage {

	private final Composite page;
	private final DiagramKind kind;
	private final GapModelEditor editor;
	private DiagramDocument document;
	private Browser browser;
	private String token;

	DiagramPage(Composite parent, GapModelEditor editor, DiagramKind kind) {
		this.editor = editor;
		this.kind = kind;
		page = new Composite(parent, SWT.NONE);
		page.setLayout(new FillLayout());
	}

	Control control() {
		return page;
	}

	/** Opens the diagram on first call; all diagram pages of an editor share its one document. */
	void show(Supplier<DiagramDocument> documents, Path file) {
		if (document != null || page.isDisposed()) {
			return;
		}
		Display display = page.getDisplay();
		try {
			document = documents.get();
			DiagramServer server = DiagramServer.shared();
			org.crmgap.ui.trace.StartupTrace.reached("diagram server started");
			token = server.register(document, d -> display.syncExec(() -> editor.doSave(null)));
			browser = new Browser(page, SWT.NONE);
			new BrowserFunction(browser, "crmgapHostSelect") {
				@Override
				public Object function(Object[] arguments) {
					editor.showInProperties(elements(arguments.length > 0 ? String.valueOf(arguments[0]) : "[]"));
					return null;
				}
			};
			new BrowserFunction(browser, "crmgapHostExport") {
				@Override
				public Object function(Object[] arguments) {
					if (arguments.length == 2) {
						export(String.valueOf(arguments[0]), String.valueOf(arguments[1]));
					}
					return null;
				}
			};
			browser.setUrl(server.page(token, kind).toString());
		} catch (IOException | SWTError | IllegalStateException e) {
			ILog.of(getClass()).error("Could not open the diagram of " + file, e);
			new Label(page, SWT.WRAP).setText("The diagram could not be opened: " + e.getMessage());
		}
		page.layout();
	}

	/** The client's SVG/PNG export: the user picks the file, which is written atomically. */
	private void export(String format, String data) {
		FileDialog dialog = new FileDialog(page.getShell(), SWT.SAVE);
		dialog.setText("Export " + kind.label() + " as " + format.toUpperCase(java.util.Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(document.modelFile().getFileName().toString().replaceFirst("\\.crmgap$", "") + "-" + kind.id() + "." + format);
		dialog.setFilterPath(document.modelFile().getParent().toString());
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target == null) {
			return;
		}
		try {
			byte[] bytes = format.equals("png") ? java.util.Base64.getDecoder().decode(data) : data.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			AtomicFiles.replace(Path.of(target), bytes);
			editor.refreshWorkspace();
		} catch (IOException | IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(page.getShell(), "Export failed", target + ": " + e.getMessage());
		}
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

	/** Runs a function of the page's diagram API (deleteSelection, selectAll); false when the page is not ready. */
	boolean call(String function) {
		return browser != null && !browser.isDisposed()
				&& Boolean.TRUE.equals(browser.evaluate("if (window.crmgap && window.crmgap." + function + ") { window.crmgap."
						+ function + "(); return true; } return false;"));
	}

	DiagramKind kind() {
		return kind;
	}

	Browser browser() {
		return browser;
	}

	DiagramDocument document() {
		return document;
	}

	void dispose() {
		if (token != null) {
			try {
				DiagramServer.shared().unregister(token);
			} catch (IOException e) {
				// the server never started: nothing registered
			}
		}
	}
}
