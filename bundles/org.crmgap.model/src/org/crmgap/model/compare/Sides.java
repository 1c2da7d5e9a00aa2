package org.crmgap.model.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.compare.Version.Place;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** The three versions of a merge, and what is read of them alike: an element's type, its label, values as text. */
final class Sides {

	final Version base;
	final Version ours;
	final Version theirs;
	private final Map<String, EClass> types = new HashMap<>();

	Sides(EObject base, EObject ours, EObject theirs) {
		if (base.eClass() != ours.eClass() || theirs.eClass() != ours.eClass()) {
			throw new IllegalArgumentException("the three versions' roots are not of one type: base " + base.eClass().getName()
					+ ", ours " + ours.eClass().getName() + ", theirs " + theirs.eClass().getName());
		}
		this.base = new Version("base", base);
		this.ours = new Version("ours", ours);
		this.theirs = new Version("theirs", theirs);
	}

	/** The id written in the file (the root's is ours'). */
	String xmiId(String id) {
		return Version.ROOT.equals(id) ? ours.rootId() : id;
	}

	/** The element's type; an id of one type in one version and of another in the other is not one model's history. */
	EClass typeOf(String id) {
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

	String label(String id) {
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

	/** A reference's value as text: the target's label, or the targets' in brackets (null for no value). */
	String targets(List<String> keys) {
		if (keys == null) {
			return null;
		}
		List<String> labels = keys.stream().map(this::targetLabel).toList();
		return labels.size() == 1 ? labels.get(0) : labels.toString();
	}

	String where(Place place) {
		return place == null ? null : "in " + label(place.parent()) + " (" + place.feature() + ")";
	}

	/** The type of an element of another file some version refers to. */
	EClass externalType(String key) {
		for (Version version : List.of(ours, theirs, base)) {
			if (version.externalType(key) != null) {
				return version.externalType(key);
			}
		}
		return null;
	}
}
