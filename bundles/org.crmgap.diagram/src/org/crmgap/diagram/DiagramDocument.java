package org.crmgap.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.crmgap.data.DataException;
import org.crmgap.diagram.internal.layout.InitialDiagram;
import org.crmgap.diagram.internal.layout.PrunedNotation;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.GapTrend;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.GapModel;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.model.persistence.CrmGapResourceFactory;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A gap model with its diagrams, as one unit of editing: the semantic resource and the notation resource in one
 * editing domain, so diagram edits and tree edits share one command stack. The gap model editor makes one from its
 * own domain; tests and headless tools open one from a file.
 */
public final class DiagramDocument implements AnalysisListener {

	/** Saves a document the way its owner wants (the editor saves through its own save). */
	public interface Saver {
		void save(DiagramDocument document) throws IOException;
	}

	/** Notation files sit beside the model: {@code bank.crmgap} has {@code bank.crmgapnotation}. */
	public static final String NOTATION_EXTENSION = "crmgapnotation";

	private final EditingDomain domain;
	private final GapModel model;
	private final Path modelFile;
	private final DiagramSet diagrams;
	private final Executor modelThread;
	private final List<Runnable> statusListeners = new CopyOnWriteArrayList<>();
	private volatile Map<String, GapStatus> statuses = Map.of();
	private volatile Map<String, GapFinding> findings = Map.of();
	private volatile Map<String, GapTrend> trends = Map.of();
	private volatile Exception analysisProblem;

	private DiagramDocument(EditingDomain domain, GapModel model, Path modelFile, Executor modelThread)
			throws ModelFileException {
		this.domain = domain;
		this.model = model;
		this.modelFile = modelFile;
		this.modelThread = modelThread;
		this.diagrams = loadNotation(domain.getResourceSet(), notationFile(modelFile));
	}

	/** Opens a model file and its notation file (created in memory when absent) with a new command stack. */
	public static DiagramDocument open(Path modelFile) throws ModelFileException {
		// the item providers decide what delete and the other edit commands do, as in the tree editor
		EditingDomain domain = EditingDomains.create(EditingDomains.adapterFactory(), ModelFiles.newResourceSet());
		GapModel model = ModelFiles.load(domain.getResourceSet(), modelFile, GapModel.class);
		return new DiagramDocument(domain, model, modelFile, Runnable::run);
	}

	/**
	 * The diagrams of a model an editor already holds. {@code modelThread} runs every model access of the diagram
	 * server (the UI thread in the workbench).
	 */
	public static DiagramDocument of(EditingDomain domain, GapModel model, Path modelFile, Executor modelThread)
			throws ModelFileException {
		return new DiagramDocument(domain, model, modelFile, modelThread);
	}

	public static Path notationFile(Path modelFile) {
		String name = modelFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return modelFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + NOTATION_EXTENSION);
	}

	private static DiagramSet loadNotation(ResourceSet resourceSet, Path file) throws ModelFileException {
		resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		// same hardened parser and atomic save as the model files
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(NOTATION_EXTENSION,
				new CrmGapResourceFactory());
		if (Files.isRegularFile(file)) {
			return ModelFiles.load(resourceSet, file, DiagramSet.class);
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		DiagramSet set = NotationFactory.eINSTANCE.createDiagramSet();
		resource.getContents().add(set);
		return set;
	}

	public EditingDomain domain() {
		return domain;
	}

	public GapModel model() {
		return model;
	}

	public Path modelFile() {
		return modelFile;
	}

	public DiagramSet diagrams() {
		return diagrams;
	}

	/**
	 * The first diagram of this kind (the one a file with one diagram per kind has); created when absent, showing every
	 * element of the kind laid out by ELK and named after the kind. More diagrams: {@link DiagramCommands}.
	 */
	public Diagram diagram(DiagramKind kind) {
		List<Diagram> ofKind = DiagramCommands.list(this, kind);
		if (!ofKind.isEmpty()) {
			return ofKind.get(0);
		}
		Diagram diagram = InitialDiagram.create(this, kind);
		diagrams.getDiagrams().add(diagram); // not a user edit: no command, nothing to undo
		return diagram;
	}

	/**
	 * The semantic element with this xmi:id, or null. Ids come from the client too (a drop carries any text): one EMF would
	 * read as a path ({@code /…}, {@code //@…}) or a query ({@code …?}) is no element's id, and is not resolved.
	 */
	public EObject element(String id) {
		if (id == null || id.isEmpty() || id.startsWith("/") || id.endsWith("?")) {
			return null;
		}
		return model.eResource().getEObject(id);
	}

	public String id(EObject element) {
		return element.eResource() == null ? null : element.eResource().getURIFragment(element);
	}

	/** Runs a command on the shared command stack, on the model thread. */
	public void execute(Command command) {
		modelThread.execute(() -> domain.getCommandStack().execute(command));
	}

	/** Runs model work on the model thread and waits for it. */
	public void read(Runnable work) {
		modelThread.execute(work);
	}

	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Writes the model, then the notation, each atomically; a failure leaves the previous file intact. */
	public void save() throws IOException {
		model.eResource().save(null);
		saveNotation();
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
	}

	/** Saves only the notation (the editor saves the model itself), without the routes no edge is drawn with any more. */
	public void saveNotation() throws IOException {
		IOException[] failure = new IOException[1];
		read(() -> {
			try {
				PrunedNotation.save(this);
			} catch (IOException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	/** Each gap's severity and value by the gap's id, from the latest analysis (empty before one, or after a failure). */
	public Map<String, GapStatus> statuses() {
		return statuses;
	}

	/** The latest analysis's findings by gap id, with n and p (empty before one, or after a failure). */
	public Map<String, GapFinding> findings() {
		return findings;
	}

	/** The latest analysis's trends by gap id: each gap across the waves, its change into the wave analysed (or empty). */
	public Map<String, GapTrend> trends() {
		return trends;
	}

	/** Why the latest analysis failed, or null when it did not. */
	public Exception analysisProblem() {
		return analysisProblem;
	}

	/**
	 * Analyses the model with its attached data, here and now (headless use; the editor analyses a copy in a job and
	 * passes the result on). A failure is kept for the listeners and thrown.
	 */
	public void analyse() throws DataException, SQLException {
		ModelAnalysisResult result;
		try {
			result = ModelAnalysis.analyse(model, modelFile);
		} catch (DataException | SQLException e) {
			analysisFailed(modelFile, e);
			throw e;
		}
		analysed(model, result);
	}

	/** The gaps' severities and values for the styles; findings find their gap by its id. */
	@Override
	public void analysed(GapModel analysed, ModelAnalysisResult result) {
		Map<String, GapStatus> next = new HashMap<>();
		Map<String, GapFinding> nextFindings = new HashMap<>();
		for (GapFinding f : result.gaps()) {
			if (f.id() != null) {
				next.put(f.id(), new GapStatus(f.severity(), f.value(), f.indicator()));
				nextFindings.put(f.id(), f);
			}
		}
		findings = Map.copyOf(nextFindings);
		trends = result.trends().stream().filter(t -> t.id() != null).collect(Collectors.toUnmodifiableMap(GapTrend::id, t -> t, (a, b) -> a));
		show(Map.copyOf(next), null);
	}

	/** No severities (they would be stale), and the problem for whoever shows the diagram. */
	@Override
	public void analysisFailed(Path file, Exception problem) {
		findings = Map.of();
		trends = Map.of();
		show(Map.of(), problem);
	}

	private void show(Map<String, GapStatus> next, Exception problem) {
		statuses = next;
		analysisProblem = problem;
		statusListeners.forEach(Runnable::run);
	}

	public void addStatusListener(Runnable listener) {
		statusListeners.add(listener);
	}

	public void removeStatusListener(Runnable listener) {
		statusListeners.remove(listener);
	}
}
