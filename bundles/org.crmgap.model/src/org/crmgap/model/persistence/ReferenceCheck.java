package org.crmgap.model.persistence;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.crmgap.model.NamedElement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * After a load, every reference the file gives by URI (a gap's causes and actions in a catalogue, say) must
 * lead to an element of the expected type. EMF leaves an unresolvable one as a proxy that every later reader
 * trips over (a cause without a name); here it is an error naming the element, the reference and the line.
 * Only model and catalogue files ({@code file:} or {@code platform:}) are followed: loading a model never fetches
 * anything from a server, nor reads other files with a parser that is not hardened.
 */
final class ReferenceCheck {

	/** A reference read from the file: the proxy EMF made for it and where it was. */
	record Read(InternalEObject proxy, int line, int column) {
	}

	private static final int MAX_SHOWN = 120;

	private ReferenceCheck() {
	}

	static void check(Path file, Resource resource, List<Read> reads) throws ModelFileException {
		for (Read read : reads) {
			String problem = problem(resource, read.proxy());
			if (problem != null) {
				throw new ModelFileException(file, read.line(), read.column(), describe(resource, read.proxy()) + " '"
						+ shorten(String.valueOf(read.proxy().eProxyURI())) + "' cannot be resolved: " + problem, null);
			}
		}
	}

	/** Why the proxy does not resolve, or null when it does. */
	private static String problem(Resource resource, InternalEObject proxy) {
		URI uri = proxy.eProxyURI();
		if (uri == null) {
			return null;
		}
		if (!uri.isFile() && !uri.isPlatform()) {
			return "only files and platform: URIs are followed";
		}
		String extension = uri.fileExtension();
		if (!CrmGapResourceFactory.MODEL_EXTENSION.equals(extension) && !CrmGapResourceFactory.CATALOGUE_EXTENSION.equals(extension)) {
			// other files would be read by parsers that are not hardened like this one
			return "only ." + CrmGapResourceFactory.MODEL_EXTENSION + " and ." + CrmGapResourceFactory.CATALOGUE_EXTENSION
					+ " files are followed";
		}
		EObject target = EcoreUtil.resolve(proxy, resource);
		if (!target.eIsProxy()) {
			return proxy.eClass().isSuperTypeOf(target.eClass()) ? null
					: "it is a " + words(target.eClass().getName()) + ", not a " + words(proxy.eClass().getName());
		}
		Resource other = resource.getResourceSet() == null ? null : resource.getResourceSet().getResource(uri.trimFragment(), false);
		return other == null || !other.isLoaded() || !other.getErrors().isEmpty() ? "its file cannot be read"
				: "there is no element with that id";
	}

	/** {@code gap 'Queue time': cause}: the holder of the reference and the reference, found only on error. */
	private static String describe(Resource resource, InternalEObject proxy) {
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject holder = all.next();
			for (EReference reference : holder.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && holds(holder, reference, proxy)) {
					return label(holder) + ": " + singular(reference);
				}
			}
		}
		return "reference";
	}

	private static boolean holds(EObject holder, EReference reference, EObject proxy) {
		Object value = holder.eGet(reference, false);
		return value == proxy || value instanceof InternalEList<?> list && list.basicContains(proxy);
	}

	private static String label(EObject element) {
		String kind = words(element.eClass().getName());
		if (element instanceof NamedElement named && named.getName() != null) {
			return kind + " '" + shorten(named.getName()) + "'";
		}
		String id = element.eResource() == null ? null : element.eResource().getURIFragment(element);
		return kind + " " + shorten(String.valueOf(id));
	}

	private static String singular(EReference reference) {
		String name = reference.getName();
		if (!reference.isMany() || !name.endsWith("s")) {
			return name;
		}
		return name.endsWith("sses") ? name.substring(0, name.length() - 2) : name.substring(0, name.length() - 1);
	}

	/** {@code GapCause} → {@code gap cause}. */
	private static String words(String camelCase) {
		return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
	}

	private static String shorten(String text) {
		return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
	}
}
