package org.crmgap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.crmgap.diagram.DiagramKind;
import org.crmgap.indicators.AnalysisListener;
import org.crmgap.model.GapModel;
import org.crmgap.ui.trace.StartupTrace;
import org.crmgap.ui.wizards.DiscoverProfilesAction;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

/**
 * The gap model editor: one editing domain, one command stack, one dirty state and one save ({@link EditorModel}) for
 * all its pages ({@link EditorPage}s, in {@link EditorPages}). The analysis ({@link EditorAnalysis}), the diagrams
 * ({@link EditorDiagrams}), the report ({@link ReportWriter}), the selection ({@link SelectionBridge}), the Edit menu
 * ({@link EditTarget}) and the views' adapters ({@link EditorAdapters}) have their own classes; this one puts them
 * together. A file that cannot be read opens as an error page and is never written.
 */
public class GapModelEditor extends MultiPageEditorPart implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.crmgap.ui.editor";

	private final EditorPages pages = new EditorPages();
	private EditorAdapters adapters;
	private final CommandStackListener dirtyListener = event -> Display.getDefault().asyncExec(() -> firePropertyChange(PROP_DIRTY));
	private EditorModel edited;
	private DiskChanges diskChanges;
	private EditorAnalysis analysis;
	private EditorDiagrams diagrams;
	private ModelPage modelPage;
	private SelectionBridge selection;
	private ReportWriter report;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The gap model editor opens workspace files only");
		}
		super.init(site, input);
		setPartName(input.getName());
		edited = new EditorModel(fileInput.getFile());
		edited.domain().getCommandStack().addCommandStackListener(dirtyListener);
		StartupTrace.reached("model loaded");
		diskChanges = new DiskChanges(this, fileInput.getFile());
	}

	@Override
	protected void createPages() {
		GapModel model = edited.model();
		if (model == null) {
			adapters = new EditorAdapters(this, null, null, null, null);
			addPage(new ErrorPage(edited.problem()));
			return;
		}
		EditingDomain domain = edited.domain();
		Display display = getSite().getShell().getDisplay();
		analysis = new EditorAnalysis(model, modelFile(), domain.getCommandStack(), display::asyncExec);
		diagrams = new EditorDiagrams(domain, model, modelFile(), analysis, display);
		report = new ReportWriter(model, resource(), getSite().getShell());
		OverviewPage.Diagrams links = new OverviewPage.Diagrams(diagrams, domain.getCommandStack(), d -> pages.open(d, this::setActivePage));
		var profiles = DiscoverProfilesAction.menu(this);
		modelPage = new ModelPage(domain, edited.itemProviders(), model, new ShowOnDiagram(diagrams, links.open()).andThen(profiles));
		selection = new SelectionBridge(model, modelPage, () -> setActivePage(pages.indexOf(modelPage)));
		adapters = new EditorAdapters(this, edited.itemProviders(), selection, analysis, links);
		IndicatorsPage indicators = new IndicatorsPage(model, analysis, domain, selection::select);
		addPage(new OverviewPage(model, new OverviewPage.Actions(this::validate, () -> {
			analysis.analyse();
			setActivePage(pages.indexOf(indicators));
		}, () -> report.write(true), () -> setActivePage(diagramPageIndex(DiagramKind.DIE_OVERVIEW))),
				links));
		addPage(modelPage);
		addPage(new DataPage(model, modelFile(), profiles));
		addPage(indicators);
		addPage(new ActionsPage(model, domain, selection::reveal));
		addPage(new ChartsPage());
		for (DiagramKind kind : DiagramKind.values()) {
			addPage(new DiagramPage(kind, diagrams, selection, () -> doSave(null), resource()));
		}
		getSite().setSelectionProvider(modelPage.viewer());
		validate();
		StartupTrace.reached("editor pages created");
		// after the editor is usable (queued work runs after its first paint)
		display.asyncExec(() -> {
			if (!getContainer().isDisposed()) {
				analysis.analyseFirst();
				EditorDiagrams.prepareServer();
			}
		});
	}

	private void addPage(EditorPage page) {
		setPageText(addPage(page.create(getContainer())), page.title());
		pages.add(page);
		if (page instanceof AnalysisListener listener) {
			analysis.addListener(listener); // Overview, Indicators, Charts
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		pages.activate(newPageIndex);
	}

	/** Where the Edit menu acts: the text field being typed in, else the visible page. */
	EditTarget editTarget() {
		if (Display.getCurrent().getFocusControl() instanceof Text text) {
			return new TextEdits(text);
		}
		return pages.edits(getActivePage(), modelPage == null ? EditTarget.NONE : modelPage.clipboard());
	}

	/** File > Revert: drops the unsaved changes and shows the file as it is on disk (in a fresh editor). */
	void revert() {
		if (isDirty()) {
			diskChanges.reopen();
		}
	}

	/** Structural validation onto the file's problem markers (on open, on save and from the Overview). */
	void validate() {
		ProblemMarkers.update(resource(), edited.model());
	}

	/** Shows the element in the model tree. */
	void reveal(EObject element) {
		selection.reveal(element);
	}

	@Override
	public boolean isDirty() {
		return edited != null && edited.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (edited.model() == null) {
			return; // an unreadable file is never overwritten
		}
		try {
			edited.save(monitor, diagrams);
			diskChanges.saved();
			firePropertyChange(PROP_DIRTY);
			validate();
			analysis.saved();
		} catch (IOException | CoreException e) {
			ILog.of(getClass()).error("Could not save " + modelFile(), e);
			ErrorDialog.openError(getSite().getShell(), "Save failed", "The model could not be saved; the file on disk is unchanged.",
					Status.error(modelFile() + ": " + e.getMessage(), e));
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false; // one model, one file: doSaveAs is never called
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		T adapter = adapters == null ? null : adapters.get(type);
		return adapter != null ? adapter : super.getAdapter(type);
	}

	@Override
	public String getContributorId() {
		return ID; // the tabs and sections in plugin.xml
	}

	@Override
	public void dispose() {
		if (diskChanges != null) {
			diskChanges.dispose();
		}
		if (analysis != null) {
			analysis.dispose();
			diagrams.dispose();
		}
		pages.dispose();
		if (edited != null) {
			edited.domain().getCommandStack().removeCommandStackListener(dirtyListener);
			edited.dispose();
		}
		super.dispose();
	}

	/** The model, or null when the file could not be read. */
	public GapModel getModel() {
		return edited == null ? null : edited.model();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return edited.domain();
	}

	IFile resource() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	Path modelFile() {
		return resource().getLocation().toPath();
	}

	int diagramPageIndex(DiagramKind kind) {
		return pages.indexOf(pages.diagram(kind));
	}

	DiagramPage diagramPage(DiagramKind kind) {
		return pages.diagram(kind);
	}

	/** The editor's page of this type (for tests). */
	<P extends EditorPage> P page(Class<P> type) {
		return pages.first(type);
	}

	ReportWriter report() {
		return report;
	}

	ModelPage modelPage() {
		return modelPage;
	}

	GapOutlinePage outline() {
		return adapters == null ? null : adapters.outline();
	}
}
