package org.crmgap.model.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crmgap.model.compare.MergeConflict.Kind;
import org.crmgap.model.compare.Version.Place;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Three-way merge of two versions of a model from their common base, elements matched by their ids through EMF's
 * reflective API (no code per class). What only one side changed is taken from it; what both changed alike is taken
 * once: attributes, single and many references (a many reference as a set: what either side added, without what
 * either removed), and containment (elements added, removed, moved to another container; lists in the order of
 * {@link ListMerge}). A conflict keeps ours' side for what it is about and is listed:
 * <ul>
 * <li>the same feature of an element changed differently on both sides (or the element moved to different places, or a
 * single containment filled differently): ours' value;</li>
 * <li>an element deleted on one side while the other changed it or anything inside it: deleted if ours deleted it, kept
 * as ours has it (everything inside included) if theirs deleted it;</li>
 * <li>a reference to an element the other side deleted: the reference as ours has it, the element kept when ours
 * refers to it; a reference of an element only theirs has is left out.</li>
 * </ul>
 * The merged model never refers to an element it does not hold: every reference is either to one of its elements or,
 * as the sides had it, into another file.
 */
public final class ModelMerge {

	private static final String CONTAINER = "container";

	private final Version base;
	private final Version ours;
	private final Version theirs;

	/** Conflicts that keep an element theirs deleted: they stay though the next round's values agree. */
	private final Map<String, MergeConflict> lasting = new LinkedHashMap<>();
	/** This round's conflicts. */
	private final Map<String, MergeConflict> found = new LinkedHashMap<>();
	/** Elements theirs deleted that ours refers to in what the merge keeps of ours: they stay. */
	private final Set<String> restored = new LinkedHashSet<>();
	private final Map<Version, Map<String, String>> changesInside = new HashMap<>();

	private final Map<String, EClass> types = new HashMap<>();
	private Set<String> members;
	/** Elements theirs deleted that the merge keeps: theirs' removals of references to them are undone. */
	private Set<String> keptDeletions;
	private Map<String, Place> places;
	/** Per element: each attribute's side to copy from, each reference's target ids. */
	private final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();

	private ModelMerge(EObject base, EObject ours, EObject theirs) {
		if (base.eClass() != ours.eClass() || theirs.eClass() != ours.eClass()) {
			throw new IllegalArgumentException("the three versions' roots are not of one type: base " + base.eClass().getName()
					+ ", ours " + ours.eClass().getName() + ", theirs " + theirs.eClass().getName());
		}
		this.base = new Version("base", base);
		this.ours = new Version("ours", ours);
		this.theirs = new Version("theirs", theirs);
	}

	/**
	 * Merges {@code ours} and {@code theirs}, two versions of {@code base}; the result is a new model in a new resource
	 * whose URI is ours' (so that references into other files are written as ours writes them). The versions are read,
	 * never changed.
	 *
	 * @throws IllegalArgumentException when the versions are not of one model (roots of different types, an id of one
	 *                                  type in one version and of another in the other)
	 */
	public static MergeResult merge(EObject base, EObject ours, EObject theirs) {
		return new ModelMerge(base, ours, theirs).run();
	}

	private MergeResult run() {
		while (true) {
			found.clear();
			values.clear();
			members = new LinkedHashSet<>();
			existence();
			structure();
			Set<String> restore = values();
			restore.removeAll(restored);
			if (restore.isEmpty()) {
				break;
			}
			restored.addAll(restore);
		}
		EObject merged = build();
		Map<String, Integer> order = new HashMap<>();
		for (Version version : List.of(ours, theirs, base)) {
			version.ids().forEach(id -> order.putIfAbsent(version == ours && Version.ROOT.equals(id) ? ours.rootId() : id, order.size()));
		}
		List<MergeConflict> conflicts = new ArrayList<>(lasting.values());
		found.forEach((key, conflict) -> {
			if (!lasting.containsKey(key)) {
				conflicts.add(conflict);
			}
		});
		conflicts.sort(Comparator.comparingInt(c -> order.getOrDefault(c.id(), Integer.MAX_VALUE)));
		return new MergeResult(merged, conflicts);
	}

	// ---- which elements the merged model holds

	private void existence() {
		members.add(Version.ROOT);
		keepOurs(Version.ROOT, false);
		for (String id : theirs.ids()) {
			if (ours.has(id)) {
				continue;
			}
			if (!base.has(id)) {
				members.add(id);
				continue;
			}
			// deleted in ours: a conflict where theirs changed it (reported once, at the outermost deleted element)
			String parent = theirs.place(id).parent();
			boolean outermost = !(base.has(parent) && !ours.has(parent));
			String change = outermost ? changeInside(theirs, id) : null;
			if (change != null) {
				conflict(lasting, Kind.DELETED_IN_OURS, id, null, null, "deleted", change,
						"ours kept: it stays deleted, without theirs' changes inside it");
			}
		}
		// an element kept for ours' references to it is kept with the elements it is in
		for (String id : restored) {
			for (Place place = ours.place(id); place != null; place = ours.place(place.parent())) {
				members.add(place.parent());
			}
		}
	}

	/** Ours' elements below {@code id}: all that theirs did not delete, and those it deleted where ours changed them. */
	private void keepOurs(String id, boolean inKeptDeletion) {
		for (EStructuralFeature feature : Features.of(ours.get(id).eClass())) {
			if (!Features.containment(feature)) {
				continue;
			}
			for (String child : ours.targets(id, feature)) {
				typeOf(child);
				boolean deleted = base.has(child) && !theirs.has(child);
				boolean keep = false;
				if (!deleted) {
					members.add(child);
				} else if (inKeptDeletion || restored.contains(child)) {
					members.add(child);
					keep = true;
				} else {
					String change = changeInside(ours, child);
					if (change != null) {
						conflict(found, Kind.DELETED_IN_THEIRS, child, null, null, change, "deleted",
								"ours kept: it stays, as ours has it (with everything inside it)");
						members.add(child);
						keep = true;
					}
				}
				keepOurs(child, keep);
			}
		}
	}

	/** What {@code side} changed in the element or anything inside it since the base (which has it), or null. */
	private String changeInside(Version side, String id) {
		Map<String, String> memo = changesInside.computeIfAbsent(side, s -> new HashMap<>());
		if (memo.containsKey(id)) {
			return memo.get(id);
		}
		String change = null;
		if (!Objects.equals(side.place(id), base.place(id))) {
			change = side.label(id) + " moved";
		}
		for (EStructuralFeature feature : Features.of(side.get(id).eClass())) {
			if (change != null) {
				break;
			}
			if (!Objects.equals(side.value(id, feature), base.value(id, feature))) {
				change = side.label(id) + " " + feature.getName() + " changed";
			}
			if (Features.containment(feature)) {
				for (String child : side.targets(id, feature)) {
					change = change != null ? change : base.has(child) ? changeInside(side, child) : side.label(child) + " added";
				}
			}
		}
		memo.put(id, change);
		return change;
	}

	// ---- where each element is

	private void structure() {
		places = new HashMap<>();
		for (String id : members) {
			if (!Version.ROOT.equals(id)) {
				places.put(id, place(id));
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String id : new ArrayList<>(members)) {
				Place place = places.get(id);
				if (place == null || members.contains(place.parent())) {
					continue;
				}
				changed = true;
				if (!ours.has(id)) {
					// only theirs has it, in an element the merge does not hold
					members.remove(id);
					places.remove(id);
				} else if (!place.equals(ours.place(id))) {
					places.put(id, ours.place(id));
				} else {
					// ours has it in an element theirs deleted: the element stays
					members.add(place.parent());
					places.put(place.parent(), place(place.parent()));
				}
			}
			changed = changed || singleContainments() || cycles();
		}
	}

	private Place place(String id) {
		Place mine = ours.has(id) ? ours.place(id) : null;
		Place yours = theirs.has(id) ? theirs.place(id) : null;
		if (mine == null || yours == null || mine.equals(yours)) {
			return mine == null ? yours : mine;
		}
		Place was = base.has(id) ? base.place(id) : null;
		if (mine.equals(was)) {
			return yours;
		}
		if (!yours.equals(was)) {
			conflict(found, Kind.CHANGED_ON_BOTH_SIDES, id, CONTAINER, where(was), where(mine), where(yours), "ours kept");
		}
		return mine;
	}

	/** A single containment filled by both sides with different elements keeps ours'. */
	private boolean singleContainments() {
		Map<Place, List<String>> bySlot = new LinkedHashMap<>();
		places.forEach((id, place) -> {
			if (!typeOf(place.parent()).getEStructuralFeature(place.feature()).isMany()) {
				bySlot.computeIfAbsent(place, p -> new ArrayList<>()).add(id);
			}
		});
		boolean changed = false;
		for (Map.Entry<Place, List<String>> slot : bySlot.entrySet()) {
			List<String> held = slot.getValue();
			if (held.size() < 2) {
				continue;
			}
			held.sort(null);
			String kept = held.stream().filter(id -> ours.has(id) && slot.getKey().equals(ours.place(id))).findFirst().orElse(held.get(0));
			Place place = slot.getKey();
			for (String id : held) {
				if (id.equals(kept)) {
					continue;
				}
				conflict(found, Kind.CHANGED_ON_BOTH_SIDES, place.parent(), place.feature(), null, label(kept), label(id), "ours kept");
				if (ours.has(id)) {
					places.put(id, ours.place(id));
				} else {
					members.remove(id);
					places.remove(id);
				}
				changed = true;
			}
		}
		return changed;
	}

	/** Elements moved into each other by the two sides go back where ours has them. */
	private boolean cycles() {
		for (String id : members) {
			Set<String> path = new LinkedHashSet<>();
			String at = id;
			while (!Version.ROOT.equals(at) && path.add(at)) {
				at = places.get(at).parent();
			}
			if (Version.ROOT.equals(at)) {
				continue;
			}
			List<String> cycle = new ArrayList<>();
			String start = at;
			do {
				cycle.add(at);
				at = places.get(at).parent();
			} while (!at.equals(start));
			for (String element : cycle) {
				conflict(found, Kind.CHANGED_ON_BOTH_SIDES, element, CONTAINER, where(base.has(element) ? base.place(element) : null),
						where(ours.has(element) ? ours.place(element) : null), where(theirs.has(element) ? theirs.place(element) : null),
						"ours kept");
				if (!ours.has(element)) {
					members.remove(element);
					places.remove(element);
				} else {
					places.put(element, ours.place(element));
				}
			}
			return true;
		}
		return false;
	}

	// ---- the values of each element

	/** Decides every value; returns the elements theirs deleted that ours' kept references need. */
	private Set<String> values() {
		keptDeletions = new HashSet<>();
		for (String id : members) {
			if (base.has(id) && !theirs.has(id)) {
				keptDeletions.add(id);
			}
		}
		Set<String> restore = new LinkedHashSet<>();
		for (String id : members) {
			Map<EStructuralFeature, Object> chosen = new HashMap<>();
			values.put(id, chosen);
			for (EStructuralFeature feature : Features.of(typeOf(id))) {
				if (feature instanceof EAttribute) {
					chosen.put(feature, attribute(id, feature));
				} else if (!Features.containment(feature)) {
					chosen.put(feature, reference(id, feature, restore));
				}
			}
		}
		return restore;
	}

	private Version attribute(String id, EStructuralFeature feature) {
		if (!ours.has(id) || !theirs.has(id)) {
			return ours.has(id) ? ours : theirs;
		}
		Object mine = ours.value(id, feature);
		Object yours = theirs.value(id, feature);
		if (Objects.equals(mine, yours)) {
			return ours;
		}
		Object was = base.has(id) ? base.value(id, feature) : null;
		if (base.has(id) && Objects.equals(mine, was)) {
			return theirs;
		}
		if (!base.has(id) || !Objects.equals(yours, was)) {
			conflict(found, Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName(), (String) was, (String) mine, (String) yours, "ours kept");
		}
		return ours;
	}

	private List<String> reference(String id, EStructuralFeature feature, Set<String> restore) {
		List<String> mine = ours.has(id) ? ours.targets(id, feature) : null;
		List<String> was = base.has(id) ? base.targets(id, feature) : null;
		List<String> yours = theirs.has(id) ? undeleted(theirs.targets(id, feature), was) : null;
		List<String> merged;
		if (mine == null || yours == null) {
			merged = mine == null ? yours : mine;
		} else if (!feature.isMany()) {
			merged = mine;
			if (!mine.equals(yours)) {
				if (was != null && mine.equals(was)) {
					merged = yours;
				} else if (was == null || !yours.equals(was)) {
					conflict(found, Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName(), targets(was), targets(mine), targets(yours),
							"ours kept");
				}
			}
		} else {
			Set<String> result = new LinkedHashSet<>();
			if (was != null) {
				was.stream().filter(t -> mine.contains(t) && yours.contains(t)).forEach(result::add);
			}
			mine.stream().filter(t -> was == null || !was.contains(t)).forEach(result::add);
			yours.stream().filter(t -> was == null || !was.contains(t)).forEach(result::add);
			merged = ListMerge.order(was == null ? List.of() : was, mine, yours, result, () -> conflict(found,
					Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName() + " (order)", targets(was), targets(mine), targets(yours), "ours kept"));
		}
		List<String> dangling = merged.stream().filter(t -> !t.startsWith(Version.EXTERNAL) && !members.contains(t)).toList();
		if (dangling.isEmpty()) {
			return merged;
		}
		for (String target : dangling) {
			if (ours.has(target)) {
				// the merge took ours' reference to an element theirs deleted: it stays
				restore.add(target);
				conflict(lasting, Kind.REFERENCE_TO_DELETED, id, feature.getName(), targets(was), targets(mine), targets(yours),
						"ours kept: " + label(target) + " stays, which theirs deleted");
			} else {
				conflict(found, Kind.REFERENCE_TO_DELETED, id, feature.getName(), targets(was), targets(mine), targets(yours),
						mine != null ? "ours kept: " + label(target) + " is gone in ours" : "left out: " + label(target) + " is gone in ours");
			}
		}
		if (mine != null) {
			mine.stream().filter(t -> !t.startsWith(Version.EXTERNAL) && !members.contains(t)).forEach(restore::add);
			return mine;
		}
		return merged.stream().filter(t -> !dangling.contains(t)).toList();
	}

	/**
	 * Theirs' value without the removals its deletions made, where the merge keeps the deleted element: theirs' value
	 * with each such target of the base back after the base's element before it.
	 */
	private List<String> undeleted(List<String> yours, List<String> was) {
		if (was == null || was.stream().noneMatch(t -> keptDeletions.contains(t) && !yours.contains(t))) {
			return yours;
		}
		Map<String, List<String>> after = new HashMap<>();
		String anchor = null;
		for (String target : was) {
			if (keptDeletions.contains(target) && !yours.contains(target)) {
				after.computeIfAbsent(anchor, a -> new ArrayList<>()).add(target);
			} else if (yours.contains(target)) {
				anchor = target;
			}
		}
		List<String> back = new ArrayList<>(after.getOrDefault(null, List.of()));
		for (String target : yours) {
			back.add(target);
			back.addAll(after.getOrDefault(target, List.of()));
		}
		return back;
	}

	// ---- the merged model

	private EObject build() {
		URI uri = ours.root.eResource() != null ? ours.root.eResource().getURI() : URI.createURI("merged.crmgap");
		XMLResource resource = new CrmGapResource(uri);
		ModelFiles.newResourceSet().getResources().add(resource);
		Map<String, EObject> made = new HashMap<>();
		for (String id : members) {
			EObject element = EcoreUtil.create(typeOf(id));
			made.put(id, element);
			String xmiId = Version.ROOT.equals(id) ? ours.rootId() : id;
			if (xmiId != null) {
				resource.setID(element, xmiId);
			}
		}
		Map<String, Map<String, Set<String>>> children = new HashMap<>();
		for (String id : members) {
			Place place = places.get(id);
			if (place != null) {
				children.computeIfAbsent(place.parent(), p -> new HashMap<>()).computeIfAbsent(place.feature(), f -> new LinkedHashSet<>()).add(id);
			}
		}
		Map<String, EObject> external = new HashMap<>();
		for (String id : members) {
			EObject element = made.get(id);
			for (EStructuralFeature feature : Features.of(typeOf(id))) {
				Object value;
				if (Features.containment(feature)) {
					Set<String> held = children.getOrDefault(id, Map.of()).getOrDefault(feature.getName(), Set.of());
					value = held.isEmpty() ? null : objects(childOrder(id, feature, held), made, external, feature);
				} else if (feature instanceof EAttribute) {
					EObject source = ((Version) values.get(id).get(feature)).get(id);
					value = !source.eIsSet(feature) ? null : feature.isMany() ? new ArrayList<>((List<?>) source.eGet(feature)) : source.eGet(feature);
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
		return ListMerge.order(sideList(base, id, feature), sideList(ours, id, feature), sideList(theirs, id, feature), held,
				() -> conflict(found, Kind.CHANGED_ON_BOTH_SIDES, id, feature.getName() + " (order)", targets(sideList(base, id, feature)),
						targets(sideList(ours, id, feature)), targets(sideList(theirs, id, feature)), "ours kept"));
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
				EClass type = ours.externalType(t) != null ? ours.externalType(t)
						: theirs.externalType(t) != null ? theirs.externalType(t) : base.externalType(t);
				InternalEObject proxy = (InternalEObject) EcoreUtil.create(type);
				URI written = URI.createURI(t.substring(Version.EXTERNAL.length()));
				URI at = ours.root.eResource() == null ? null : ours.root.eResource().getURI();
				proxy.eSetProxyURI(at == null || !written.isRelative() ? written : written.resolve(at));
				return proxy;
			}));
		}
		return feature.isMany() ? objects : objects.get(0);
	}

	// ---- helpers

	/** The element's type; an id of one type in one version and of another in the other is not one model's history. */
	private EClass typeOf(String id) {
		return types.computeIfAbsent(id, this::checkedType);
	}

	private EClass checkedType(String id) {
		EClass type = ours.has(id) ? ours.get(id).eClass() : theirs.has(id) ? theirs.get(id).eClass() : base.get(id).eClass();
		for (Version version : List.of(base, theirs)) {
			if (version.has(id) && version.get(id).eClass() != type) {
				throw new IllegalArgumentException("the element " + id + " is a " + type.getName() + " in ours and a "
						+ version.get(id).eClass().getName() + " in " + version.name + ": not versions of one model");
			}
		}
		return type;
	}

	private String label(String id) {
		for (Version version : List.of(ours, theirs, base)) {
			if (version.has(id)) {
				return version.label(id);
			}
		}
		return id;
	}

	private String targetLabel(String key) {
		for (Version version : List.of(ours, theirs, base)) {
			if (key.startsWith(Version.EXTERNAL) ? version.externalType(key) != null : version.has(key)) {
				return version.targetLabel(key);
			}
		}
		return key;
	}

	private String targets(List<String> keys) {
		if (keys == null) {
			return null;
		}
		List<String> labels = keys.stream().map(this::targetLabel).toList();
		return labels.size() == 1 ? labels.get(0) : labels.toString();
	}

	private String where(Place place) {
		return place == null ? null : "in " + label(place.parent()) + " (" + place.feature() + ")";
	}

	private void conflict(Map<String, MergeConflict> into, Kind kind, String id, String feature, String was, String mine, String yours,
			String resolution) {
		String xmiId = Version.ROOT.equals(id) ? ours.rootId() : id;
		String key = kind + " " + id + " " + feature + " " + resolution;
		into.putIfAbsent(key, new MergeConflict(kind, xmiId, label(id), feature, was, mine, yours, resolution));
	}
}
