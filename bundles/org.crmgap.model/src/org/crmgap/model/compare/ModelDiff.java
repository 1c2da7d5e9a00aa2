package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The semantic changes between two versions of a model, elements matched by their ids (the model's {@code xmi:id}s),
 * through EMF's reflective API: no code per class. In the newer version's order: added (the outermost added element,
 * with how many it contains), moved (a new container), renamed, attributes changed, references added and removed;
 * then the removed elements in the older version's order.
 */
public final class ModelDiff {

	private static final String NAME = "name";

	private final EObject oldRoot;
	private final Map<String, EObject> before;
	private final Map<String, EObject> after;
	private final List<ModelChange> changes = new ArrayList<>();

	private ModelDiff(EObject oldRoot, EObject newRoot) {
		this.oldRoot = oldRoot;
		this.before = index(oldRoot);
		this.after = index(newRoot);
	}

	/** The changes from {@code oldRoot} to {@code newRoot}; empty when they hold the same elements and values. */
	public static List<ModelChange> between(EObject oldRoot, EObject newRoot) {
		ModelDiff diff = new ModelDiff(oldRoot, newRoot);
		diff.compare(newRoot);
		return List.copyOf(diff.changes);
	}

	private void compare(EObject newRoot) {
		for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(newRoot)); it.hasNext();) {
			EObject now = it.next();
			EObject was = before.get(Ids.of(now));
			if (was == null) {
				changes.add(change(ModelChange.Kind.ADDED, now, null, null, "in " + Labels.of(now.eContainer()) + contents(now)));
				it.prune();
				continue;
			}
			if (!Objects.equals(Ids.of(was.eContainer()), Ids.of(now.eContainer()))
					|| was.eContainingFeature() != now.eContainingFeature()) {
				changes.add(change(ModelChange.Kind.MOVED, now, null, Labels.of(was.eContainer()), Labels.of(now.eContainer())));
			}
			compareFeatures(was, now);
		}
		for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(oldRoot)); it.hasNext();) {
			EObject was = it.next();
			if (!after.containsKey(Ids.of(was))) {
				changes.add(change(ModelChange.Kind.REMOVED, was, null, "from " + Labels.of(was.eContainer()) + contents(was), null));
				it.prune();
			}
		}
	}

	private void compareFeatures(EObject was, EObject now) {
		for (EStructuralFeature feature : now.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature instanceof EReference r && r.isContainment()
					|| feature instanceof EReference c && c.isContainer()) {
				continue;
			}
			if (feature instanceof EAttribute) {
				String old = Values.attribute(was, feature);
				String current = Values.attribute(now, feature);
				if (!Objects.equals(old, current)) {
					ModelChange.Kind kind = NAME.equals(feature.getName()) ? ModelChange.Kind.RENAMED : ModelChange.Kind.CHANGED;
					changes.add(change(kind, now, feature.getName(), old, current));
				}
			} else if (!feature.isMany()) {
				Map<String, String> old = Values.targets(was, feature);
				Map<String, String> current = Values.targets(now, feature);
				if (!old.keySet().equals(current.keySet())) {
					changes.add(change(ModelChange.Kind.REFERENCE_CHANGED, now, feature.getName(), only(old), only(current)));
				}
			} else {
				Map<String, String> old = Values.targets(was, feature);
				Map<String, String> current = Values.targets(now, feature);
				current.forEach((id, label) -> {
					if (!old.containsKey(id)) {
						changes.add(change(ModelChange.Kind.REFERENCE_ADDED, now, feature.getName(), null, label));
					}
				});
				old.forEach((id, label) -> {
					if (!current.containsKey(id)) {
						changes.add(change(ModelChange.Kind.REFERENCE_REMOVED, now, feature.getName(), label, null));
					}
				});
			}
		}
	}

	private static String only(Map<String, String> target) {
		return target.isEmpty() ? null : target.values().iterator().next();
	}

	private static ModelChange change(ModelChange.Kind kind, EObject element, String feature, String was, String now) {
		return new ModelChange(kind, Ids.of(element), Labels.of(element), feature, was, now);
	}

	private static String contents(EObject element) {
		int count = 0;
		for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count == 0 ? "" : " (with " + count + " contained element" + (count == 1 ? "" : "s") + ")";
	}

	private static Map<String, EObject> index(EObject root) {
		Map<String, EObject> byId = new LinkedHashMap<>();
		byId.put(Ids.of(root), root);
		root.eAllContents().forEachRemaining(e -> byId.put(Ids.of(e), e));
		return byId;
	}
}
