package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * One version of a model for a merge: its elements by id (the root under {@link #ROOT}, whatever its id, so that any two
 * versions' roots match), where each is contained, and its feature values in comparable form: attributes as their
 * literal text, references as the targets' ids, references into other files as {@code ext:} and the reference as it is
 * written in the file (so that the same reference read from copies in different folders is the same value).
 */
final class Version {

	static final String ROOT = "/";
	static final String EXTERNAL = "ext:";

	/** Where an element is: its container's id and the containing feature's name. */
	record Place(String parent, String feature) {
	}

	final String name;
	final EObject root;
	private final URI uri;
	private final Map<String, EObject> elements = new LinkedHashMap<>();
	private final Map<String, Place> places = new HashMap<>();
	private final Map<String, EObject> externals = new HashMap<>();
	/** The values read so far (a version is never changed while it is merged). */
	private final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();

	Version(String name, EObject root) {
		this.name = name;
		this.root = root;
		this.uri = root.eResource() == null ? null : root.eResource().getURI();
		elements.put(ROOT, root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			String id = key(element);
			if (elements.put(id, element) != null) {
				throw new IllegalArgumentException("the " + name + " version has two elements with the id " + id);
			}
			places.put(id, new Place(key(element.eContainer()), element.eContainingFeature().getName()));
		}
	}

	boolean has(String id) {
		return elements.containsKey(id);
	}

	EObject get(String id) {
		return elements.get(id);
	}

	/** The element ids in model order (the root first). */
	Iterable<String> ids() {
		return elements.keySet();
	}

	Place place(String id) {
		return places.get(id);
	}

	/** The id of the root's element as written in the file. */
	String rootId() {
		return Ids.of(root);
	}

	String key(EObject element) {
		return element == root ? ROOT : Ids.of(element);
	}

	/** A reference target's id, or {@code ext:} and its reference for an element of another file. */
	String targetKey(EObject target) {
		if (!target.eIsProxy() && EcoreUtil.getRootContainer(target) == root) {
			return key(target);
		}
		URI targetUri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
		String key = EXTERNAL + (uri == null ? targetUri : targetUri.deresolve(uri));
		externals.putIfAbsent(key, target);
		return key;
	}

	/** The type of an element of another file this version refers to (null when it refers to none such). */
	EClass externalType(String key) {
		EObject target = externals.get(key);
		return target == null ? null : target.eClass();
	}

	/** The attribute's literal text (null when unset), or the reference's or containment's target ids in order. */
	Object value(String id, EStructuralFeature feature) {
		Map<EStructuralFeature, Object> known = values.computeIfAbsent(id, i -> new HashMap<>());
		Object value = known.get(feature);
		if (value == null && !known.containsKey(feature)) {
			EObject element = elements.get(id);
			value = feature instanceof EReference ? targets(element, feature) : Values.attribute(element, feature);
			known.put(feature, value);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	List<String> targets(String id, EStructuralFeature feature) {
		return (List<String>) value(id, feature);
	}

	private List<String> targets(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature, false);
		if (value == null) {
			return Collections.emptyList();
		}
		if (value instanceof List<?> list) {
			// the list as it is: a resolving list would load the other files its references lead to
			List<?> unresolved = list instanceof InternalEList<?> internal ? internal.basicList() : list;
			List<String> ids = new ArrayList<>(list.size());
			unresolved.forEach(target -> ids.add(targetKey((EObject) target)));
			return Collections.unmodifiableList(ids);
		}
		return List.of(targetKey((EObject) value));
	}

	/** Whether the element's own values and place differ from {@code base}'s (which has it). */
	boolean changedFrom(Version base, String id) {
		if (!Objects.equals(place(id), base.place(id))) {
			return true;
		}
		for (EStructuralFeature feature : Features.of(elements.get(id).eClass())) {
			if (!Objects.equals(value(id, feature), base.value(id, feature))) {
				return true;
			}
		}
		return false;
	}

	/** The element as the user knows it ("Gap 'Reliability'"); elements of other files by name where they can be read. */
	String label(String id) {
		return Labels.of(elements.get(id));
	}

	String targetLabel(String key) {
		if (!key.startsWith(EXTERNAL)) {
			return has(key) ? label(key) : key;
		}
		EObject target = externals.get(key);
		return target == null ? key.substring(EXTERNAL.length()) : Labels.of(EcoreUtil.resolve(target, root));
	}

	@Override
	public String toString() {
		return name;
	}
}
