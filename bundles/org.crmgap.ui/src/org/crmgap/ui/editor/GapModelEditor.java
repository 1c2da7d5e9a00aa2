package org.crmgap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.Snapshots;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.model.persistence.AtomicFiles;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.report.ModelExport;
import org.crmgap.ui.preferences.GapPreferences;
import org.crmgap.ui.trace.StartupTrace;
import org.crmgap.validation.GapValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The gap model editor: one editing domain, one command stack, one dirty state and one save for all its
 * pages (Overview, Model; the diagram pages join later). A file that cannot be read opens as an error page
 * and is never written.
 */
public class GapModelEditor extends MultiPageEditorPart
		implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.crmgap.ui.editor";

	@Override
	public String getContributorId() {
		return ID; // the tabs and sections in plugin.xml
	}

	private final ComposedAdapterFactory adapterFactory = EditingDomains.adapterFactory();
	private AdapterFactoryEditingDomain domain;
	private GapModel model;
	private ModelFileException loadProblem;
	private ModelPage modelPage;
	private IndicatorsPage indicatorsPage;
	private ChartsPage chartsPage;
	private DataPage dataPage;
	private OverviewPage overviewPage;
	private int indicatorsPageIndex;
	private final Map<Integer, DiagramPage> diagramPages = new LinkedHashMap<>();
	private DiagramDocument diagrams;
	private final List<Runnable> analysisListeners = new CopyOnWriteArrayList<>();
	private List<GapFinding> findings = List.of();
	private GapModel analysed;
	private ModelAnalysisResult latest;
	private DiskChanges diskChanges;
	private GapOutlinePage outline;
	private int modelPageIndex;
	private final CommandStackListener dirtyListener = this::commandStackChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException("The gap model editor opens workspace files only");
		}
		super.init(site, input);
		setPartName(input.getName());
		domain = EditingDomains.create(adapterFactory, ModelFiles.newResourceSet());
		domain.getCommandStack().addCommandStackListener(dirtyListener);
		load();
		StartupTrace.reached("model loaded");
		diskChanges = new DiskChanges(this, ((IFileEditorInput) input).getFile());
	}

	private void load() {
		try {
			model = ModelFiles.load(domain.getResourceSet(), file(), GapModel.class);
		} catch (ModelFileException e) {
			loadProblem = e;
		}
	}

	private Path file() {
		return ((IFileEditorInput) getEditorInput()).getFile().getLocation().toPath();
	}

	@Override
	protected void createPages() {
		if (model == null) {
			setPageText(addPage(ErrorPage.create(getContainer(), loadProblem)), "Error");
			return;
		}
		overviewPage = new OverviewPage(getContainer(), model, new OverviewPage.Actions(this::validate,
				() -> {
					indicatorsPage.analyse(model, file());
					setActivePage(indicatorsPageIndex);
				}, this::openReport, () -> setActivePage(diagramPageIndex(DiagramKind.DIE_OVERVIEW))));
		setPageText(addPage(overviewPage.control()), "Overview");
		modelPage = new ModelPage(getContainer(), domain, adapterFactory, model);
		modelPageIndex = addPage(modelPage.control());
		setPageText(modelPageIndex, "Model");
		dataPage = new DataPage(getContainer(), model, file());
		setPageText(addPage(dataPage.control()), "Data");
		indicatorsPage = new IndicatorsPage(getContainer(), this::select);
		indicatorsPageIndex = addPage(indicatorsPage.control());
		setPageText(indicatorsPageIndex, "Indicators");
		chartsPage = new ChartsPage(getContainer());
		setPageText(addPage(chartsPage.control()), "Charts");
		indicatorsPage.onCharts(chartsPage::show);
		for (DiagramKind kind : DiagramKind.values()) {
			DiagramPage diagramPage = new DiagramPage(getContainer(), this, kind);
			int index = addPage(diagramPage.control());
			setPageText(index, kind.label());
			diagramPages.put(index, diagramPage);
		}
		indicatorsPage.onStoreSnapshot(this::storeSnapshot);
		indicatorsPage.onResult(result -> {
			findings = result.gaps();
			analysed = model;
			latest = result;
			overviewPage.showFindings(findings);
			analysisListeners.forEach(Runnable::run);
			if (diagrams != null) {
				diagrams.analysed(model, result);
			}
		});
		getSite().setSelectionProvider(modelPage.viewer());
		validate();
		indicatorsPage.analyse(model, file());
		StartupTrace.reached("editor pages created");
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		DiagramPage page = diagramPages.get(newPageIndex);
		if (page != null) {
			page.show(this::diagramDocument, file());
			// what is selected in the tree is selected on the diagram
			page.select(modelPage.viewer().getStructuredSelection().toList());
		}
	}

	/** The diagrams of the model on this editor's domain, opened with the first diagram page. */
	private DiagramDocument diagramDocument() {
		if (diagrams == null) {
			Display display = getSite().getShell().getDisplay();
			try {
				diagrams = DiagramDocument.of(domain, model, file(), work -> {
					if (Display.getCurrent() == display) {
						work.run();
					} else {
						display.syncExec(work);
					}
				});
			} catch (ModelFileException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
			if (latest != null) {
				diagrams.analysed(analysed, latest);
			}
		}
		return diagrams;
	}

	/**
	 * Stores the analysis in the model: a snapshot per measured gap, added by one undoable command. Refused when
	 * the model's gaps changed since that analysis (the next analysis runs right after an edit).
	 */
	void storeSnapshot(ModelAnalysisResult result) {
		Map<Gap, IndicatorSnapshot> snapshots = Snapshots
				.create(model, result, new Date());
		if (snapshots.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Store snapshot",
					"Nothing to store: no gap was measured, or the gaps changed since the last analysis (it runs again shortly).");
			return;
		}
		CompoundCommand store = new CompoundCommand(
				"Store indicator snapshot");
		snapshots.forEach((gap, snapshot) -> store.append(AddCommand.create(domain, gap,
				CrmGapPackage.Literals.GAP__SNAPSHOTS, snapshot)));
		domain.getCommandStack().execute(store);
	}

	/** The gaps' findings of the latest analysis (empty before the first one). */
	public List<GapFinding> findings() {
		return findings;
	}

	/** Called on the UI thread after each analysis (the Gap Indicators view). */
	public void addAnalysisListener(Runnable listener) {
		analysisListeners.add(listener);
	}

	public void removeAnalysisListener(Runnable listener) {
		analysisListeners.remove(listener);
	}

	/** File > Revert: drops the unsaved changes and shows the file as it is on disk (in a fresh editor). */
	void revert() {
		if (!isDirty()) {
			return;
		}
		var page = getSite().getPage();
		IFile input = ((IFileEditorInput) getEditorInput()).getFile();
		page.closeEditor(this, false);
		try {
			IDE.openEditor(page, input, ID);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Could not reopen " + input, e);
		}
	}

	/** Writes the HTML report beside the model (in a job: it analyses the data) and opens it in the browser. */
	void openReport() {
		writeReport(true);
	}

	/** Writes the report; {@code show} opens it with the desktop's program for HTML. */
	void writeReport(boolean show) {
		Path target = file().resolveSibling(file().getFileName().toString().replaceFirst("\\.crmgap$", "") + "-report.html");
		GapModel snapshot = ModelSnapshot.of(model);
		Path source = file();
		Job.create("Writing the report of " + model.getName(), monitor -> {
			try {
				AtomicFiles.replace(target, ModelExport.HTML.export(snapshot, source));
				Display.getDefault().asyncExec(() -> {
					refreshWorkspace();
					reportOpened = target;
					if (show && !Program.launch(target.toString())) {
						MessageDialog.openInformation(getSite().getShell(), "Report written",
								"The report is " + target + " (no program here opens HTML files).");
					}
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Could not write " + target + ": " + e.getMessage(), e);
			}
		}).schedule();
	}

	private Path reportOpened;

	/** The last report written by Open report (null before). */
	Path reportOpened() {
		return reportOpened;
	}

	OverviewPage overviewPage() {
		return overviewPage;
	}

	/** Lets the workspace see files written beside the model (exports). */
	void refreshWorkspace() {
		try {
			((IFileEditorInput) getEditorInput()).getFile().getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			ILog.of(getClass()).warn("Could not refresh " + file().getParent(), e);
		}
	}

	/** The page of this diagram kind. */
	DiagramPage diagramPage(DiagramKind kind) {
		return diagramPages.get(diagramPageIndex(kind));
	}

	int diagramPageIndex(DiagramKind kind) {
		return diagramPages.entrySet().stream().filter(e -> e.getValue().kind() == kind).mapToInt(Map.Entry::getKey)
				.findFirst().orElse(-1);
	}

	/** Edit > Delete: the diagram's selection on the diagram page, the tree's selection elsewhere; undoable. */
	void deleteSelection() {
		if (Display.getCurrent().getFocusControl() instanceof Text text) {
			// typing in a rename field: Del deletes a character, not the element
			Point range = text.getSelection();
			text.setSelection(range.x, range.x == range.y ? range.x + 1 : range.y);
			text.insert("");
			return;
		}
		DiagramPage diagramPage = diagramPages.get(getActivePage());
		if (diagramPage != null && diagramPage.call("deleteSelection")) {
			return;
		}
		if (modelPage != null && !modelPage.viewer().getStructuredSelection().isEmpty()) {
			Command delete = DeleteCommand.create(domain,
					modelPage.viewer().getStructuredSelection().toList());
			if (delete.canExecute()) {
				domain.getCommandStack().execute(delete);
			}
		}
	}

	/** Edit > Cut/Copy/Paste: text in a field being edited, else the tree's elements (undoable). */
	void clipboard(String action) {
		if (Display.getCurrent().getFocusControl() instanceof Text text) {
			switch (action) {
			case "cut" -> text.cut();
			case "copy" -> text.copy();
			default -> text.paste();
			}
			return;
		}
		if (modelPage == null || getActivePage() != modelPageIndex) {
			return;
		}
		switch (action) {
		case "cut" -> modelPage.clipboard().cut();
		case "copy" -> modelPage.clipboard().copy();
		default -> modelPage.clipboard().paste();
		}
	}

	/** Edit > Select All: every diagram element on the diagram page, the tree's top level on the Model page. */
	void selectAll() {
		if (Display.getCurrent().getFocusControl() instanceof Text text) {
			text.selectAll();
		} else if (diagramPages.containsKey(getActivePage())) {
			diagramPages.get(getActivePage()).call("selectAll");
		} else if (getActivePage() == modelPageIndex && model != null) {
			modelPage.viewer().setSelection(new StructuredSelection(model.eContents().toArray()));
		}
	}

	/** What the diagram selected, shown in the Properties view (through the tree's selection). */
	void showInProperties(List<EObject> elements) {
		if (!elements.isEmpty() && modelPage != null) {
			modelPage.viewer().setSelection(new StructuredSelection(elements), false);
		}
	}

	/** Shows the element in the model tree. */
	void reveal(EObject element) {
		setActivePage(modelPageIndex);
		modelPage.viewer().setSelection(new StructuredSelection(element), true);
	}

	GapOutlinePage outline() {
		return outline;
	}

	/** Shows the element with this id in the model tree. */
	void select(String elementId) {
		EObject element = model.eResource().getEObject(elementId);
		if (element != null) {
			setActivePage(modelPageIndex);
			modelPage.viewer().setSelection(new StructuredSelection(element), true);
		}
	}

	void showPage(int index) {
		setActivePage(index);
	}

	DataPage dataPage() {
		return dataPage;
	}

	ChartsPage chartsPage() {
		return chartsPage;
	}

	IndicatorsPage indicatorsPage() {
		return indicatorsPage;
	}

	/** Structural validation onto the file's problem markers (on open, on save and from the Overview). */
	void validate() {
		try {
			ProblemMarkers.replace(((IFileEditorInput) getEditorInput()).getFile(), GapValidation.validate(model));
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not update the problem markers of " + file(), e);
		}
	}

	public GapModel getModel() {
		return model;
	}

	ModelPage modelPage() {
		return modelPage;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	private void commandStackChanged(EventObject event) {
		Display.getDefault().asyncExec(() -> {
			firePropertyChange(PROP_DIRTY);
			// a pause in editing re-analyses, so indicators and the diagrams' gap colours follow the model
			if (GapPreferences.analyseOnSave() && indicatorsPage != null) {
				Display.getDefault().timerExec(-1, reanalyse);
				Display.getDefault().timerExec(1500, reanalyse);
			}
		});
	}

	private final Runnable reanalyse = () -> {
		if (model != null && indicatorsPage != null && !indicatorsPage.control().isDisposed()) {
			indicatorsPage.analyse(model, file());
		}
	};

	@Override
	public boolean isDirty() {
		return model != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (model == null) {
			return; // an unreadable file is never overwritten
		}
		try {
			model.eResource().save(null);
			if (diagrams != null) {
				diagrams.saveNotation(); // positions are part of the edit: written with the model
			}
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			((IFileEditorInput) getEditorInput()).getFile().refreshLocal(IResource.DEPTH_ZERO, monitor);
			diskChanges.saved();
			firePropertyChange(PROP_DIRTY);
			validate();
			if (GapPreferences.analyseOnSave()) {
				indicatorsPage.analyse(model, file());
			}
		} catch (IOException | CoreException e) {
			ILog.of(getClass()).error("Could not save " + file(), e);
			ErrorDialog.openError(getSite().getShell(), "Save failed", "The model could not be saved; the file on disk is unchanged.",
					Status.error(file() + ": " + e.getMessage(), e));
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// one model, one file: Save As is not offered
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			return type.cast(new TabbedPropertySheetPage(this));
		}
		if (type == IContentOutlinePage.class && model != null) {
			if (outline == null) {
				outline = new GapOutlinePage(adapterFactory, model, this::reveal);
			}
			return type.cast(outline);
		}
		if (type == IGotoMarker.class && model != null) {
			return type.cast((IGotoMarker) marker -> select(marker.getAttribute(ProblemMarkers.ELEMENT_ID, "")));
		}
		if (type == IFile.class) {
			return type.cast(((IFileEditorInput) getEditorInput()).getFile());
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (diskChanges != null) {
			diskChanges.dispose();
		}
		diagramPages.values().forEach(DiagramPage::dispose);
		Display.getDefault().timerExec(-1, reanalyse);
		domain.getCommandStack().removeCommandStackListener(dirtyListener);
		adapterFactory.dispose();
		super.dispose();
	}
}
