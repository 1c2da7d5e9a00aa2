package org.crmgap.cli;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.crmgap.model.CrmGapPackage;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * A seeded random edit script on a model, through EMF's reflective API as the editor's commands would do it: change an
 * attribute, set or unset a single reference, add to or remove from a many reference, add an element (with a fixed id
 * made of {@code prefix}), delete one (with every reference to it), move one to another container, reorder a list.
 */
final class RandomEdits {

	private static final int KINDS = 8;
	private static final int FOCUS = 6;

	private final EObject root;
	private final Random random;
	private final String prefix;
	private int made;
	private final List<String> log = new ArrayList<>();

	RandomEdits(EObject root, long seed, String prefix) {
		this.root = root;
		this.random = new Random(seed);
		this.prefix = prefix;
	}

	/** Applies {@code count} edits (an edit that does not fit the element drawn is drawn again). */
	RandomEdits apply(int count) {
		for (int i = 0; i < count; i++) {
			for (int tries = 0; tries < 50 && !one(); tries++) {
				// draw again
			}
		}
		return this;
	}

	/** What was done, for a failure's message. */
	List<String> log() {
		return log;
	}

	private boolean one() {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		// half of the edits on the first elements of the model (the model itself and its dimensions), so that two scripts
		// often edit the same element
		EObject element = all.get(random.nextInt(random.nextBoolean() ? Math.min(FOCUS, all.size()) : all.size()));
		return switch (random.nextInt(KINDS)) {
			case 0 -> attribute(element);
			case 1 -> singleReference(element, all);
			case 2 -> manyReference(element, all);
			case 3 -> add(element);
			case 4 -> delete(element);
			case 5 -> move(element, all);
			case 6 -> reorder(element);
			// the commonest edit of all, so that two scripts often add at the same place: a new element at the end of the
			// model's first list (a dimension)
			default -> add(root, root.eClass().getEAllContainments().get(0), true);
		};
	}

	private static boolean editable(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
				&& !(feature instanceof EReference reference && reference.isContainer());
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private boolean attribute(EObject element) {
		List<EAttribute> attributes = element.eClass().getEAllAttributes().stream().filter(RandomEdits::editable).toList();
		if (attributes.isEmpty()) {
			return false;
		}
		EAttribute attribute = pick(attributes);
		Object value = value(attribute.getEAttributeType(), element.eGet(attribute));
		if (value == null) {
			return false;
		}
		if (attribute.isMany()) {
			@SuppressWarnings("unchecked")
			List<Object> values = (List<Object>) element.eGet(attribute);
			values.add(value);
		} else {
			element.eSet(attribute, value);
		}
		log.add("set " + attribute.getName() + " of " + id(element) + " to " + value);
		return true;
	}

	private Object value(EClassifier type, Object current) {
		if (type instanceof EEnum enumeration) {
			return pick(enumeration.getELiterals()).getInstance();
		}
		Class<?> kind = type.getInstanceClass();
		if (kind == String.class) {
			return "text " + random.nextInt(1000);
		}
		if (kind == int.class || kind == Integer.class) {
			return random.nextInt(100);
		}
		if (kind == double.class || kind == Double.class) {
			return random.nextInt(100) / 10.0;
		}
		if (kind == boolean.class || kind == Boolean.class) {
			return !Boolean.TRUE.equals(current);
		}
		if (kind == Date.class) {
			return new Date(1_700_000_000_000L + random.nextInt(1_000_000) * 1000L);
		}
		return null;
	}

	private List<EReference> references(EObject element, boolean many) {
		return element.eClass().getEAllReferences().stream()
				.filter(r -> editable(r) && !r.isContainment() && r.isMany() == many).toList();
	}

	private static List<EObject> candidates(List<EObject> all, EReference reference) {
		return all.stream().filter(e -> reference.getEReferenceType().isSuperTypeOf(e.eClass())).toList();
	}

	private boolean singleReference(EObject element, List<EObject> all) {
		List<EReference> references = references(element, false);
		if (references.isEmpty()) {
			return false;
		}
		EReference reference = pick(references);
		List<EObject> targets = candidates(all, reference);
		if (reference.getLowerBound() == 0 && (targets.isEmpty() || random.nextInt(5) == 0)) {
			element.eUnset(reference);
			log.add("unset " + reference.getName() + " of " + id(element));
			return true;
		}
		if (targets.isEmpty()) {
			return false;
		}
		EObject target = pick(targets);
		element.eSet(reference, target);
		log.add("set " + reference.getName() + " of " + id(element) + " to " + id(target));
		return true;
	}

	private boolean manyReference(EObject element, List<EObject> all) {
		List<EReference> references = references(element, true);
		if (references.isEmpty()) {
			return false;
		}
		EReference reference = pick(references);
		@SuppressWarnings("unchecked")
		EList<EObject> values = (EList<EObject>) element.eGet(reference);
		if (!values.isEmpty() && random.nextBoolean()) {
			EObject removed = values.remove(random.nextInt(values.size()));
			log.add("remove " + id(removed) + " from " + reference.getName() + " of " + id(element));
			return true;
		}
		List<EObject> targets = candidates(all, reference).stream().filter(t -> !values.contains(t)).toList();
		if (targets.isEmpty()) {
			return false;
		}
		EObject target = pick(targets);
		values.add(random.nextInt(values.size() + 1), target);
		log.add("add " + id(target) + " to " + reference.getName() + " of " + id(element));
		return true;
	}

	private boolean add(EObject container) {
		List<EReference> containments = container.eClass().getEAllContainments().stream()
				.filter(r -> editable(r) && (r.isMany() || !container.eIsSet(r))).toList();
		return !containments.isEmpty() && add(container, pick(containments), false);
	}

	private boolean add(EObject container, EReference containment, boolean atEnd) {
		List<EClass> types = CrmGapPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof EClass type && !type.isAbstract() && !type.isInterface()
						&& containment.getEReferenceType().isSuperTypeOf(type))
				.map(EClass.class::cast).toList();
		EObject element = EcoreUtil.create(pick(types));
		String id = prefix + made++;
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			element.eSet(name, "new " + id);
		}
		if (containment.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) container.eGet(containment);
			list.add(atEnd ? list.size() : random.nextInt(list.size() + 1), element);
		} else {
			container.eSet(containment, element);
		}
		((XMLResource) root.eResource()).setID(element, id);
		log.add("add " + element.eClass().getName() + " " + id + " to " + containment.getName() + " of " + id(container));
		return true;
	}

	private boolean delete(EObject element) {
		if (element == root) {
			return false;
		}
		log.add("delete " + id(element));
		EcoreUtil.delete(element, true);
		return true;
	}

	private boolean move(EObject element, List<EObject> all) {
		if (element == root) {
			return false;
		}
		List<EObject> containers = new ArrayList<>();
		List<EReference> features = new ArrayList<>();
		for (EObject container : all) {
			if (container == element || EcoreUtil.isAncestor(element, container)) {
				continue;
			}
			for (EReference containment : container.eClass().getEAllContainments()) {
				if (editable(containment) && containment.getEReferenceType().isSuperTypeOf(element.eClass())
						&& (containment.isMany() || !container.eIsSet(containment))
						&& !(container == element.eContainer() && containment == element.eContainmentFeature())) {
					containers.add(container);
					features.add(containment);
				}
			}
		}
		if (containers.isEmpty()) {
			return false;
		}
		int at = random.nextInt(containers.size());
		EObject container = containers.get(at);
		EReference containment = features.get(at);
		if (containment.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) container.eGet(containment);
			list.add(random.nextInt(list.size() + 1), element);
		} else {
			container.eSet(containment, element);
		}
		log.add("move " + id(element) + " to " + containment.getName() + " of " + id(container));
		return true;
	}

	private boolean reorder(EObject element) {
		List<EReference> lists = element.eClass().getEAllReferences().stream()
				.filter(r -> editable(r) && r.isMany() && ((List<?>) element.eGet(r)).size() > 1).toList();
		if (lists.isEmpty()) {
			return false;
		}
		EReference reference = pick(lists);
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) element.eGet(reference);
		int from = random.nextInt(list.size());
		int to = random.nextInt(list.size());
		list.move(to, from);
		log.add("move " + reference.getName() + " of " + id(element) + " from " + from + " to " + to);
		return from != to;
	}

	private static String id(EObject element) {
		return element.eResource() instanceof XMLResource xml && xml.getID(element) != null ? xml.getID(element) : String.valueOf(element);
	}
}
