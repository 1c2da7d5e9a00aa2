package org.crmgap.ui.editor;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.crmgap.data.DataException;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.Snapshots;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.ui.preferences.GapPreferences;
import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The analysis of an edited model, without widgets: each run analyses a copy of the model in a background job (the
 * user keeps editing), with the user's thresholds and data locations; a pause of 1.5 s after an edit and a save run
 * it again (unless the preference says not to). Listeners hear of each result or failure on the model thread, and
 * a new listener hears of the latest one at once.
 */
public final class EditorAnalysis {

	/** How long editing must pause before the model is analysed again. */
	static final long PAUSE_MS = 1500;

	private static final AtomicBoolean ENGINE_LOADED = new AtomicBoolean();

	private final GapModel model;
	private final Path file;
	private final CommandStack stack;
	private final Executor modelThread;
	private final List<AnalysisListener> listeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener edits = event -> afterEdit();
	private final Job pause;
	private Job running;
	private int generation;
	private GapModel analysed;
	private ModelAnalysisResult latest;
	private Exception problem;
	private boolean disposed;
	private String wave;

	/** {@code modelThread} is where the model may be read, and where listeners are called (the UI thread). */
	EditorAnalysis(GapModel model, Path file, CommandStack stack, Executor modelThread) {
		this.model = model;
		this.file = file;
		this.stack = stack;
		this.modelThread = modelThread;
		pause = Job.createSystem("Waiting for a pause in editing", (IProgressMonitor monitor) -> {
			modelThread.execute(() -> {
				if (!disposed) {
					analyse();
				}
			});
			return Status.OK_STATUS;
		});
		stack.addCommandStackListener(edits);
	}

	/** Analyses a copy of the model as it is now, in a job; an analysis still running is cancelled. On the model thread. */
	public Job analyse() {
		if (running != null) {
			running.cancel();
		}
		int run = ++generation;
		GapModel copy = ModelSnapshot.of(model);
		String read = chosen(copy);
		listeners.forEach(AnalysisListener::analysisStarted);
		running = Job.create("Analysing " + model.getName(), (IProgressMonitor monitor) -> {
			ModelAnalysisResult result;
			try {
				result = analyse(copy, read);
			} catch (DataException | SQLException | RuntimeException e) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				modelThread.execute(() -> deliver(run, copy, null, e));
				if (e instanceof RuntimeException) {
					return Status.error("Analysis of " + file + " failed: " + e, e);
				}
				// a data problem: the listeners show it where the results would be (an error status would also pop
				// up a dialog after every pause in editing while the data stays broken)
				ILog.of(EditorAnalysis.class).warn("Analysis of " + file + " failed: " + e.getMessage(), e);
				return Status.warning("Analysis of " + file + " failed: " + e.getMessage(), e);
			}
			// cancelled by a newer analysis or by dispose(): the editor may be closed and the display with it, where
			// delivering would fail ("Device is disposed", logged as an internal error when the workbench closed)
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			modelThread.execute(() -> deliver(run, copy, result, null));
			return Status.OK_STATUS;
		});
		running.setUser(false);
		running.schedule();
		return running;
	}

	/** Reads the data of the wave of this name from now on (null: the latest) and analyses again. On the model thread. */
	void wave(String name) {
		wave = name;
		analyse();
	}

	/** The wave chosen to read (null: the latest). */
	String wave() {
		return wave;
	}

	// a chosen wave that was renamed or deleted since: the latest again, rather than an analysis that fails until
	// the user notices the selector
	private String chosen(GapModel copy) {
		return copy.getWaves().stream().anyMatch(w -> w.getName() != null && w.getName().equals(wave)) ? wave : null;
	}

	/** The first analysis, unless one was asked for already (the editor starts it once it is usable). */
	void analyseFirst() {
		if (generation == 0 && !disposed) {
			analyse();
		}
	}

	private ModelAnalysisResult analyse(GapModel copy, String read) throws DataException, SQLException {
		StartupTrace.reached("analysis started");
		if (ENGINE_LOADED.compareAndSet(false, true)) {
			// the engine alone first: its native library is most of a first analysis, and the trace shows it apart
			loadEngine();
		}
		ModelAnalysisResult result = ModelAnalysis.analyse(copy, file, GapPreferences.analysisOptions().withWave(read));
		StartupTrace.reached("first analysis");
		return result;
	}

	private static void loadEngine() throws SQLException {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			StartupTrace.reached("DuckDB native library");
		}
	}

	private void deliver(int run, GapModel copy, ModelAnalysisResult result, Exception failure) {
		if (disposed || run != generation) {
			return; // the editor closed, or a newer analysis replaces this one
		}
		analysed = copy;
		latest = result;
		problem = failure;
		listeners.forEach(this::tell);
	}

	private void tell(AnalysisListener listener) {
		if (problem != null) {
			listener.analysisFailed(file, problem);
		} else if (latest != null) {
			listener.analysed(analysed, latest);
		}
	}

	private void afterEdit() {
		if (GapPreferences.analyseOnSave() && !disposed) {
			pause.cancel();
			pause.schedule(PAUSE_MS);
		}
	}

	/** After the editor saved: analyse again, unless the preference says not to. */
	void saved() {
		if (GapPreferences.analyseOnSave()) {
			analyse();
		}
	}

	/** Adds a listener and tells it the latest result or failure, if any. On the model thread. */
	public void addListener(AnalysisListener listener) {
		listeners.add(listener);
		tell(listener);
	}

	public void removeListener(AnalysisListener listener) {
		listeners.remove(listener);
	}

	/** The latest result, or null before the first one or after a failure. */
	public ModelAnalysisResult latest() {
		return problem == null ? latest : null;
	}

	/**
	 * One undoable command that stores the latest result in the model (a snapshot per measured gap); empty when
	 * there is nothing to store, or the model's gaps changed since that analysis (the next one runs shortly).
	 */
	Optional<Command> storeSnapshot(EditingDomain domain) {
		Map<Gap, IndicatorSnapshot> snapshots = latest() == null ? Map.of() : Snapshots.create(model, latest, new Date());
		if (snapshots.isEmpty()) {
			return Optional.empty();
		}
		CompoundCommand store = new CompoundCommand("Store indicator snapshot");
		snapshots.forEach((gap, snapshot) -> store.append(AddCommand.create(domain, gap, CrmGapPackage.Literals.GAP__SNAPSHOTS, snapshot)));
		return Optional.of(store);
	}

	/** Stops listening to edits and drops any analysis still to come. */
	void dispose() {
		disposed = true;
		stack.removeCommandStackListener(edits);
		pause.cancel();
		if (running != null) {
			running.cancel();
		}
		listeners.clear();
	}
}
