package org.crmgap.ui.compare;

import java.util.HashSet;
import java.util.Set;

import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.edit.EditingDomains;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The changes between two versions of a model, read-only: a summary line (and Swap Sides), the changes grouped by
 * element, and below them both versions side by side, where selecting a change selects its element; in a second tab,
 * the diagrams of both versions with the changed elements outlined ({@link ComparedDiagrams}).
 */
public final class ComparisonEditor extends EditorPart {

	public static final String ID = "org.crmgap.ui.compare.editor";

	private final ComposedAdapterFactory adapters = EditingDomains.adapterFactory();
	private Comparison comparison;
	private CTabFolder tabs;
	private Composite content;
	private ComparedDiagrams diagrams;
	private Label summary;
	private ChangesTree changes;
	private VersionTree older;
	private VersionTree newer;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ComparisonInput compared)) {
			throw new PartInitException("Not a model comparison: " + input.getName());
		}
		setSite(site);
		setInput(input);
		comparison = compared.comparison();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		build(parent);
	}

	private void build(Composite parent) {
		tabs = new CTabFolder(parent, SWT.BOTTOM);
		content = new Composite(tabs, SWT.NONE);
		content.setLayout(new GridLayout(2, false));
		summary = new Label(content, SWT.WRAP);
		summary.setText(summaryText());
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button swap = new Button(content, SWT.PUSH);
		swap.setText("Swap Sides");
		swap.setToolTipText("Compare the other way round: the newer file as the older");
		swap.addListener(SWT.Selection, e -> swap());
		SashForm rows = new SashForm(content, SWT.VERTICAL);
		rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		changes = new ChangesTree(rows, comparison, adapters, this::show);
		SashForm sides = new SashForm(rows, SWT.HORIZONTAL);
		Set<String> added = ids(ModelChange.Kind.ADDED);
		Set<String> removed = ids(ModelChange.Kind.REMOVED);
		Set<String> changed = new HashSet<>();
		comparison.groups().forEach(g -> changed.add(g.id()));
		older = new VersionTree(sides, comparison.older().getFullPath() + " (older)", comparison.before(), adapters, removed, changed,
				SWT.COLOR_DARK_RED);
		newer = new VersionTree(sides, comparison.newer().getFullPath() + " (newer)", comparison.after(), adapters, added, changed,
				SWT.COLOR_DARK_GREEN);
		rows.setWeights(45, 55);
		changes.selectFirst();
		CTabItem changesTab = new CTabItem(tabs, SWT.NONE);
		changesTab.setText("Changes");
		changesTab.setControl(content);
		diagrams = new ComparedDiagrams(tabs, comparison);
		CTabItem diagramsTab = new CTabItem(tabs, SWT.NONE);
		diagramsTab.setText("Diagrams");
		diagramsTab.setToolTipText("Each diagram of both versions: removed elements outlined in red, added in green, changed in amber");
		diagramsTab.setControl(diagrams.control());
		tabs.addListener(SWT.Selection, e -> {
			if (tabs.getSelection() == diagramsTab) {
				diagrams.show();
			}
		});
		tabs.setSelection(changesTab);
	}

	CTabFolder tabs() {
		return tabs;
	}

	ComparedDiagrams diagrams() {
		return diagrams;
	}

	/** The files were taken in the order of the view; this compares them the other way round (no file is read again). */
	void swap() {
		comparison = comparison.swapped();
		ComparisonInput input = new ComparisonInput(comparison);
		setInputWithNotify(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		Composite parent = tabs.getParent();
		tabs.dispose();
		build(parent);
		parent.layout(true, true);
	}

	private String summaryText() {
		int count = comparison.size();
		String files = comparison.older().getName() + " to " + comparison.newer().getName();
		int layout = comparison.layout().rows().size();
		String diagrams = layout == 0 ? "" : " The diagrams' layout: " + layout + (layout == 1 ? " change" : " changes") + " (last, collapsed).";
		if (count == 0) {
			return "No differences from " + files + ": the two models are equal." + diagrams;
		}
		return count + (count == 1 ? " change" : " changes") + " in " + comparison.groups().size()
				+ (comparison.groups().size() == 1 ? " element" : " elements") + " from " + files
				+ ". Select a change to see its element in both versions." + diagrams;
	}

	private Set<String> ids(ModelChange.Kind kind) {
		Set<String> ids = new HashSet<>();
		comparison.groups().forEach(g -> g.changes().stream().filter(c -> c.kind() == kind).forEach(c -> ids.add(c.id())));
		return ids;
	}

	/** Shows the element with this id in both versions. */
	private void show(String id) {
		older.show(id);
		newer.show(id);
	}

	ChangesTree changes() {
		return changes;
	}

	VersionTree older() {
		return older;
	}

	VersionTree newer() {
		return newer;
	}

	String summary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		changes.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		adapters.dispose();
		super.dispose();
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only: nothing to save
	}

	@Override
	public void doSaveAs() {
		// read-only: nothing to save
	}
}
