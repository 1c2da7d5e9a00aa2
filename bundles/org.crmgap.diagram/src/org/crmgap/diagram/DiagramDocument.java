package org.crmgap.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.crmgap.diagram.internal.layout.InitialDiagram;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.NotationFactory;
import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.CrmGapResourceFactory;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.model.provider.CrmGapItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * A gap model with its diagrams, as one unit of editing: the semantic resource and the notation resource in one
 * editing domain, so diagram edits and tree edits share one command stack. The gap model editor makes one from its
 * own domain; tests and headless tools open one from a file.
 */
public final class DiagramDocument {

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
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		GapModel model = ModelFiles.load(resourceSet, modelFile, GapModel.class);
		// the item providers decide what delete and the other edit commands do, as in the tree editor
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapters.addAdapterFactory(new CrmGapItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		EditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resourceSet);
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

	/** The diagram of this kind; a new one shows every element of the kind, laid out by ELK. */
	public Diagram diagram(DiagramKind kind) {
		for (Diagram d : diagrams.getDiagrams()) {
			if (kind.id().equals(d.getKind())) {
				return d;
			}
		}
		Diagram diagram = InitialDiagram.create(this, kind);
		diagrams.getDiagrams().add(diagram); // not a user edit: no command, nothing to undo
		return diagram;
	}

	/** The semantic element with this xmi:id, or null. */
	public EObject element(String id) {
		return id == null ? null : model.eResource().getEObject(id);
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
		diagrams.eResource().save(null);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
	}

	/** Saves only the notation (the editor saves the model itself). */
	public void saveNotation() throws IOException {
		diagrams.eResource().save(null);
	}

	public Map<String, GapStatus> statuses() {
		return statuses;
	}

	/**
	 * Runs the analysis of the model with its attached data and keeps each gap's severity and value for the
	 * conditional styles. Data problems leave the gaps unknown (the editor shows the error elsewhere).
	 */
	public void analyse() {
		List<GapFinding> findings;
		try {
			findings = ModelAnalysis.analyse(model, modelFile).gaps();
		} catch (Exception e) {
			findings = List.of();
		}
		setFindings(findings);
	}

	/** Takes the gaps' findings of an analysis (the editor's own, run on a snapshot) for the styles. */
	public void setFindings(List<GapFinding> findings) {
		Map<String, GapStatus> next = new HashMap<>();
		for (GapFinding f : findings) {
			// findings name their gap; sibling names are unique (a validation rule)
			model.getGaps().stream().filter(g -> f.gap() != null && f.gap().equals(g.getName())).findFirst()
					.ifPresent(g -> next.put(id(g), new GapStatus(f.severity(), f.value(), f.indicator())));
		}
		statuses = Map.copyOf(next);
		statusListeners.forEach(Runnable::run);
	}

	public void addStatusListener(Runnable listener) {
		statusListeners.add(listener);
	}

	public void removeStatusListener(Runnable listener) {
		statusListeners.remove(listener);
	}
}
