package org.crmgap.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.crmgap.indicators.ModelProfiles;
import org.crmgap.indicators.profiles.ProfileAssignments;
import org.crmgap.indicators.profiles.ProfileOptions;
import org.crmgap.indicators.profiles.ProfileResult;
import org.crmgap.indicators.profiles.ProfileSegments;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.ui.editor.GapModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * Discover Profiles...: relationship profiles found in the customer survey's answers (the headless discovery of
 * {@link ModelProfiles}, run with the wizard's progress and Cancel, never on the UI thread), then added to the model as
 * segments with the survey's segment assignment ({@link ProfileSegments}): the assignment file written beside the survey
 * (a new file; an existing one only replaced when the user says so), the segments and the data source added as one
 * command on the editor's stack. File › Import, the Data page's and the model tree's context menus on a customer survey.
 */
public class DiscoverProfilesWizard extends Wizard implements IImportWizard {

	private GapModelEditor editor;
	private DataSource survey;
	private ProfileOptionsPage options;
	private ProfilesPage profiles;

	/** The wizard on the editor's survey (null: the survey of the latest wave). */
	public static DiscoverProfilesWizard of(GapModelEditor editor, DataSource survey) {
		DiscoverProfilesWizard wizard = new DiscoverProfilesWizard();
		wizard.editor = editor;
		wizard.survey = survey != null ? survey : editor == null ? null : ProfileSurveys.latest(editor.getModel());
		wizard.setWindowTitle(ProfileMessages.title);
		wizard.setNeedsProgressMonitor(true);
		return wizard;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IEditorPart active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		editor = active instanceof GapModelEditor gap && gap.getModel() != null ? gap : null;
		survey = selection != null && selection.getFirstElement() instanceof DataSource s && ProfileSurveys.isSurvey(s) ? s
				: editor == null ? null : ProfileSurveys.latest(editor.getModel());
		setWindowTitle(ProfileMessages.title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		String problem = null;
		ModelProfiles.Items items = null;
		if (editor == null) {
			problem = ProfileMessages.noEditor;
		} else if (survey == null) {
			problem = ProfileMessages.noSurvey;
		} else if (ProfileSegments.existing(editor.getModel(), survey) != null) {
			problem = NLS.bind(ProfileMessages.alreadyAssigned, ProfileSegments.existing(editor.getModel(), survey).getName());
		} else {
			try {
				items = ModelProfiles.items(editor.getModel(), modelFile(), survey);
			} catch (Exception e) {
				problem = e.getMessage();
			}
		}
		options = new ProfileOptionsPage(survey == null ? "" : survey.getName() + " (" + survey.getLocation() + ")", items, problem);
		profiles = new ProfilesPage(this::anotherK);
		addPage(options);
		addPage(profiles);
	}

	@Override
	public void setContainer(IWizardContainer container) {
		super.setContainer(container);
		if (container instanceof WizardDialog dialog) {
			// Next finds the profiles first; page 2 is shown only with them
			dialog.addPageChangingListener(e -> {
				if (e.getCurrentPage() == options && e.getTargetPage() == profiles) {
					e.doit = discover();
				}
			});
		}
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == options ? profiles : null;
	}

	/** Leaving page 1: the profiles of its options (the page is shown when they are found). */
	boolean discover() {
		return discover(null);
	}

	private void anotherK(int k) {
		discover(Integer.valueOf(k));
	}

	private boolean discover(Integer k) {
		ProfileOptions chosen = options.options(k);
		GapModel model = editor.getModel();
		Path modelFile = modelFile();
		String task = options.summary();
		ProfileResult[] found = new ProfileResult[1];
		try {
			getContainer().run(true, true, monitor -> found[0] = run(monitor, task,
					() -> ModelProfiles.discover(model, modelFile, survey, chosen)));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() instanceof ExecutionException x ? x.getCause() : e.getCause();
			options.setErrorMessage(cause.getMessage());
			profiles.setErrorMessage(cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			options.setErrorMessage(ProfileMessages.cancelled);
			return false;
		}
		profiles.show(found[0], NLS.bind(ProfileMessages.summary, new Object[] { found[0].profiles().size(),
				assignmentFile().getFileName(), survey.getName() }));
		return true;
	}

	/** What the discovery may throw. */
	interface Discovery {
		ProfileResult get() throws Exception;
	}

	/**
	 * Runs the discovery on its own thread while the wizard's thread watches Cancel: cancelling returns at once, the
	 * discovery's result (it reads only) is dropped when it ends.
	 */
	static ProfileResult run(IProgressMonitor monitor, String task, Discovery discovery) throws InvocationTargetException,
			InterruptedException {
		monitor.beginTask(task, IProgressMonitor.UNKNOWN);
		CompletableFuture<ProfileResult> future = CompletableFuture.supplyAsync(() -> {
			try {
				return discovery.get();
			} catch (Exception e) {
				throw new java.util.concurrent.CompletionException(e);
			}
		});
		try {
			while (true) {
				if (monitor.isCanceled()) {
					future.cancel(true);
					throw new InterruptedException(ProfileMessages.cancelled);
				}
				try {
					return future.get(100, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					continue;
				}
			}
		} catch (ExecutionException | CancellationException e) {
			throw new InvocationTargetException(e.getCause() != null ? e.getCause() : e);
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean canFinish() {
		return profiles != null && profiles.isPageComplete() && profiles.result() != null;
	}

	@Override
	public boolean performFinish() {
		ProfileResult result = profiles.result();
		Path file = assignmentFile();
		if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), ProfileMessages.replaceTitle,
				NLS.bind(ProfileMessages.replaceQuestion, file))) {
			return false;
		}
		try {
			ProfileAssignments.write(file, ModelProfiles.file(modelFile(), survey), result);
		} catch (IOException | org.crmgap.data.DataException e) {
			profiles.setErrorMessage(NLS.bind(ProfileMessages.writeFailed, e.getMessage()));
			return false;
		}
		refresh();
		GapModel model = editor.getModel();
		ProfileSegments.Plan plan = ProfileSegments.plan(model, modelFile(), survey, result, profiles.names(), file);
		var domain = editor.getEditingDomain();
		CompoundCommand add = new CompoundCommand(NLS.bind(ProfileMessages.command, plan.segments().size()));
		add.append(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS, plan.segments()));
		add.append(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__DATA_SOURCES, List.of(plan.assignment())));
		domain.getCommandStack().execute(add);
		return true;
	}

	/** The assignment file beside the survey. */
	Path assignmentFile() {
		try {
			return ProfileSegments.assignmentFile(ModelProfiles.file(modelFile(), survey));
		} catch (org.crmgap.data.DataException e) {
			throw new IllegalStateException(e);
		}
	}

	private void refresh() {
		try {
			editor.getAdapter(IFile.class).getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			// the workspace shows the file at its next refresh
		}
	}

	private Path modelFile() {
		return editor.getAdapter(IFile.class).getLocation().toPath();
	}

	ProfileOptionsPage options() {
		return options;
	}

	ProfilesPage profiles() {
		return profiles;
	}
}
