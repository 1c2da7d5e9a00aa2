package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmgap.model.compare.MergeConflict.Kind;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The merged model, made of new elements with the versions' ids in a new resource whose URI is ours' (references into
 * other files are written as ours writes them): each attribute copied from the side the merge took it from, the
 * containments in the order of {@link ListMerge}, references to the merged elements or, into other files, to proxies.
 */
final class MergedModel {

	private final Sides sides;
	private final Version base;
	private final Version ours;
	private final Version theirs;
	private final MergeConflicts conflicts;
	private final Map<String, Map<EStructuralFeature, Object>> values;

	private MergedModel(Sides sides, MergeConflicts conflicts, Map<String, Map<EStructuralFeature, Object>> values) {
		this.sides = sides;
		this.base = sides.base;
		this.ours = sides.ours;
		this.theirs = sides.theirs;
		this.conflicts = conflicts;
		this.values = values;
	}

	static EObject build(Sides sides, MergeConflicts conflicts, Set<String> members, Placement placement,
			Map<String, Map<EStructuralFeature, Object>> values) {
		return new MergedModel(sides, conflicts, values).build(members, placement);
	}

	private EObject build(Set<String> members, Placement placement) {
		URI uri = ours.root.eResource() != null ? ours.root.eResource().getURI() : URI.createURI("merged.crmgap");
		// the merged elements are made here, with their ids: the resource makes no new ids for them
		XMLResource resource = new CrmGapResource(uri);
		ModelFiles.newResourceSet().getResources().add(resource);
		Map<String, EObject> made = new HashMap<>();
		for (String id : members) {
			EObject element = EcoreUtil.create(sides.typeOf(id));
			made.put(id, element);
			String xmiId = sides.xmiId(id);
			if (xmiId != null) {
				resource.setID(element, xmiId);
			}
		}
		Map<String, Map<String, Set<String>>> children = placement.children();
		Map<String, EObject> external = new HashMap<>();
		for (String id : members) {
			EObject element = made.get(id);
			for (EStructuralFeature feature : Features.of(sides.typeOf(id))) {
				Object value;
				if (Features.containment(feature)) {
					Set<String> held = children.getOrDefault(id, Map.of()).getOrDefault(feature.getName(), Set.of());
					value = held.isEmpty() ? null : objects(childOrder(id, feature, held), made, external, feature);
				} else if (feature instanceof EAttribute) {
					EObject source = ((Version) values.get(id).get(feature)).get(id);
					value = !source.eIsSet(feature) ? null
							: feature.isMany() ? new ArrayList<>((List<?>) source.eGet(feature)) : source.eGet(feature);
				} else {
					@SuppressWarnings("unchecked")
					List<String> targets = (List<String>) values.get(id).get(feature);
					value = targets.isEmpty() ? null : objects(targets, made, external, feature);
				}
				if (value != null) {
					element.eSet(feature, value);
				}
			}
		}
		EObject root = made.get(Version.ROOT);
		resource.getContents().add(root);
		return root;
	}

	private List<String> childOrder(String id, EStructuralFeature feature, Set<String> held) {
		List<String> was = sideList(base, id, feature);
		List<String> mine = sideList(ours, id, feature);
		List<String> yours = sideList(theirs, id, feature);
		return ListMerge.order(was, mine, yours, held, () -> conflicts.addOursOnly(Kind.CHANGED_ON_BOTH_SIDES, id,
				feature.getName() + " (order)", sides.targets(was), sides.targets(mine), sides.targets(yours), ListMerge.OURS_ONLY));
	}

	private static List<String> sideList(Version side, String id, EStructuralFeature feature) {
		return side.has(id) ? side.targets(id, feature) : List.of();
	}

	/** The targets as objects: the merged elements, and for references into other files a proxy of the same reference. */
	private Object objects(List<String> targets, Map<String, EObject> made, Map<String, EObject> external, EStructuralFeature feature) {
		List<EObject> objects = new ArrayList<>(targets.size());
		for (String target : targets) {
			if (!target.startsWith(Version.EXTERNAL)) {
				objects.add(made.get(target));
				continue;
			}
			objects.add(external.computeIfAbsent(target, t -> {
				InternalEObject proxy = (InternalEObject) EcoreUtil.create(sides.externalType(t));
				URI written = URI.createURI(t.substring(Version.EXTERNAL.length()));
				URI at = ours.root.eResource() == null ? null : ours.root.eResource().getURI();
				proxy.eSetProxyURI(at == null || !written.isRelative() ? written : written.resolve(at));
				return proxy;
			}));
		}
		return feature.isMany() ? objects : objects.get(0);
	}
}
