package org.crmgap.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** Loads and saves gap model files with clear errors; works inside OSGi and on a plain class path. */
public final class ModelFiles {

	private ModelFiles() {
	}

	/** A resource set that knows the gap model package and file extensions even outside OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		CrmGapResourceFactory factory = new CrmGapResourceFactory();
		var extensions = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		extensions.put(CrmGapResourceFactory.MODEL_EXTENSION, factory);
		extensions.put(CrmGapResourceFactory.CATALOGUE_EXTENSION, factory);
		resourceSet.getPackageRegistry().put(CrmGapPackage.eNS_URI, CrmGapPackage.eINSTANCE);
		return resourceSet;
	}

	/** Loads the gap model in {@code file} into a new resource set. */
	public static GapModel load(Path file) throws ModelFileException {
		return load(newResourceSet(), file, GapModel.class);
	}

	/**
	 * Loads the gap model in {@code file} for comparing it with another version, which may be a copy outside its folder
	 * (Git's temporary files): references to other files are not checked, they stay references by id (resolved, with
	 * their names, where the other file can be read).
	 */
	public static GapModel loadForComparison(Path file) throws ModelFileException {
		return loadForComparison(file, GapModel.class);
	}

	/** As {@link #loadForComparison(Path)}, for a file whose single root is of type {@code rootType} (a catalogue, say). */
	public static <T extends EObject> T loadForComparison(Path file, Class<T> rootType) throws ModelFileException {
		return load(newResourceSet(), file, rootType, false);
	}

	/**
	 * Loads the single root of type {@code rootType} from {@code file}. Anything else (missing file,
	 * malformed XML, a DOCTYPE, an unknown element, a foreign model) is a {@link ModelFileException}.
	 */
	public static <T extends EObject> T load(ResourceSet resourceSet, Path file, Class<T> rootType)
			throws ModelFileException {
		return load(resourceSet, file, rootType, true);
	}

	private static <T extends EObject> T load(ResourceSet resourceSet, Path file, Class<T> rootType, boolean checkReferences)
			throws ModelFileException {
		String notAFile = whyNotAFile(file);
		if (notAFile != null) {
			throw new ModelFileException(file, 0, 0, notAFile, null);
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		if (resource == null) {
			throw new ModelFileException(file, 0, 0, "unknown file extension (expected ."
					+ CrmGapResourceFactory.MODEL_EXTENSION + ")", null);
		}
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw LoadProblems.describe(file, e, resource);
		}
		if (!resource.getErrors().isEmpty()) {
			resourceSet.getResources().remove(resource);
			throw LoadProblems.describe(file, resource.getErrors().get(0));
		}
		if (checkReferences && resource instanceof CrmGapResource crmGapResource) {
			try {
				ReferenceCheck.check(file, resource, crmGapResource.takeReferencesRead());
			} catch (ModelFileException e) {
				resourceSet.getResources().remove(resource);
				throw e;
			}
		}
		return root(file, resource, rootType);
	}

	/** Why {@code file} cannot be read as a model file, or null when it can be tried. */
	private static String whyNotAFile(Path file) {
		if (Files.isDirectory(file)) {
			return "is a directory, not a model file";
		}
		// the JVM decodes file name bytes that are not UTF-8 (in a UTF-8 locale) to U+FFFD and cannot encode
		// them back; EMF opens files by their name as text, so such a file cannot be opened even when listed
		if (file.toString().indexOf('\uFFFD') >= 0 && !nameRoundTrips(file)) {
			return "the file name is not valid UTF-8 (shown as \uFFFD) and cannot be represented; rename the file";
		}
		if (!Files.isRegularFile(file)) {
			return Files.exists(file) ? "is not a regular file" : "file does not exist";
		}
		return null;
	}

	/** Whether the file's name, as text, still names the file (a U+FFFD may really be part of a name). */
	private static boolean nameRoundTrips(Path file) {
		try {
			return Files.isRegularFile(Path.of(file.toString()));
		} catch (InvalidPathException notEncodable) {
			// in a non-UTF-8 locale the name cannot even be encoded back: it does not round-trip
			return false;
		}
	}

	private static <T extends EObject> T root(Path file, Resource resource, Class<T> rootType)
			throws ModelFileException {
		if (resource.getContents().size() != 1) {
			throw new ModelFileException(file, 0, 0, "expected exactly one " + rootType.getSimpleName()
					+ " but found " + resource.getContents().size() + " root elements", null);
		}
		EObject root = resource.getContents().get(0);
		if (!rootType.isInstance(root)) {
			throw new ModelFileException(file, 0, 0, "the root element is a " + root.eClass().getName()
					+ ", not a " + rootType.getSimpleName(), null);
		}
		return rootType.cast(root);
	}

	/** Saves {@code model} into {@code file} (atomically; unchanged content leaves the file untouched). */
	public static void save(EObject model, Path file) throws IOException {
		Resource resource = model.eResource();
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (resource == null) {
			resource = newResourceSet().createResource(uri);
			resource.getContents().add(model);
		} else {
			resource.setURI(uri);
		}
		resource.save(null);
	}
}
