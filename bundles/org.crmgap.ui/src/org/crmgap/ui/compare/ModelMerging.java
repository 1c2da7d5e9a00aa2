package org.crmgap.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crmgap.model.GapModel;
import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.MergeValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * A three-way merge in the workbench: {@link ModelMerge} keeps ours' side in every conflict, as {@code crmgap merge}
 * does; here the user may take theirs instead where a conflict is about one value (an attribute or a non-containment
 * reference of an element both hold), applied as commands on the merged model's stack. The result is validated with
 * the CLI's rules and written only when it validates, to a new file, never over one of the three.
 */
final class ModelMerging {

	private final GapModel ours;
	private final GapModel theirs;
	private final MergeResult result;
	private final ComposedAdapterFactory adapters = EditingDomains.adapterFactory();
	private final AdapterFactoryEditingDomain domain;
	private final Set<MergeConflict> takeTheirs = new HashSet<>();

	private ModelMerging(GapModel base, GapModel ours, GapModel theirs) {
		this.ours = ours;
		this.theirs = theirs;
		this.result = ModelMerge.merge(base, ours, theirs);
		this.domain = EditingDomains.create(adapters, result.merged().eResource().getResourceSet());
	}

	/**
	 * Reads the three files and merges them; a file that cannot be read is a {@link ModelFileException} naming it.
	 *
	 * @throws IllegalArgumentException when they are not versions of one model
	 */
	static ModelMerging of(IFile base, IFile ours, IFile theirs) throws ModelFileException {
		return new ModelMerging(ModelFiles.loadForComparison(base.getLocation().toPath()),
				ModelFiles.loadForComparison(ours.getLocation().toPath()), ModelFiles.loadForComparison(theirs.getLocation().toPath()));
	}

	List<MergeConflict> conflicts() {
		return result.conflicts();
	}

	boolean takesTheirs(MergeConflict conflict) {
		return takeTheirs.contains(conflict);
	}

	/** Chooses theirs' side (or ours again) for a conflict; theirs only where {@link #canTakeTheirs} says so. */
	void choose(MergeConflict conflict, boolean theirsSide) {
		if (theirsSide && canTakeTheirs(conflict)) {
			takeTheirs.add(conflict);
		} else {
			takeTheirs.remove(conflict);
		}
	}

	/** Whether theirs' value can replace ours' for this conflict: one value of an element both the merge and theirs hold. */
	boolean canTakeTheirs(MergeConflict conflict) {
		return takeTheirsCommand(conflict) != null;
	}

	private Command takeTheirsCommand(MergeConflict conflict) {
		if (conflict.kind() != MergeConflict.Kind.CHANGED_ON_BOTH_SIDES || conflict.feature() == null) {
			return null;
		}
		EObject merged = Comparison.find((GapModel) result.merged(), conflict.id());
		EObject their = Comparison.find(theirs, conflict.id());
		if (merged == null || their == null || merged.eClass() != their.eClass()) {
			return null;
		}
		EStructuralFeature feature = merged.eClass().getEStructuralFeature(conflict.feature());
		if (feature == null || feature.isDerived() || feature instanceof EReference r && (r.isContainment() || r.isContainer())) {
			return null;
		}
		Object value = their.eGet(feature);
		if (feature instanceof EReference) {
			value = feature.isMany() ? targets((List<?>) value) : target((EObject) value);
			if (value == NOT_HELD) {
				return null;
			}
		} else if (feature.isMany()) {
			value = new ArrayList<>((List<?>) value);
		}
		Command set = SetCommand.create(domain, merged, feature, value);
		return set.canExecute() ? set : null;
	}

	private static final Object NOT_HELD = new Object();

	/** The merged model's element for theirs' target, by id; NOT_HELD when the merge has none (references stay whole). */
	private Object target(EObject their) {
		if (their == null) {
			return null;
		}
		if (their.eResource() != theirs.eResource()) {
			return NOT_HELD; // into another file: left as ours has it
		}
		EObject mine = Comparison.find((GapModel) result.merged(), their.eResource().getURIFragment(their));
		return mine == null ? NOT_HELD : mine;
	}

	private Object targets(List<?> their) {
		List<Object> mine = new ArrayList<>();
		for (Object each : their) {
			Object target = target((EObject) each);
			if (target == NOT_HELD) {
				return NOT_HELD;
			}
			mine.add(target);
		}
		return mine;
	}

	/**
	 * Applies the choices, validates, and writes {@code output} (a new file) when the merged model validates; otherwise
	 * undoes the choices and returns the errors neither side had, writing nothing.
	 */
	List<MergeConflict> save(Path output) throws IOException {
		CompoundCommand choices = new CompoundCommand("Take theirs");
		for (MergeConflict conflict : result.conflicts()) {
			Command take = takesTheirs(conflict) ? takeTheirsCommand(conflict) : null;
			if (take != null) {
				choices.append(take);
			}
		}
		boolean applied = !choices.isEmpty();
		if (applied) {
			domain.getCommandStack().execute(choices);
		}
		List<MergeConflict> errors = MergeValidation.newErrors(result.merged(), ours, theirs);
		if (!errors.isEmpty()) {
			if (applied) {
				domain.getCommandStack().undo();
			}
			return errors;
		}
		write(output);
		return List.of();
	}

	/** Written beside the output and read back (every reference held) before it takes the output's name, as the CLI does. */
	private void write(Path output) throws IOException {
		String name = output.getFileName().toString();
		int dot = name.lastIndexOf('.');
		Path temp = output.resolveSibling("." + name.substring(0, dot) + ".merging" + name.substring(dot)); // the extension kept
		try {
			ModelFiles.save(result.merged(), temp);
			ModelFiles.loadForComparison(temp);
			Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	void dispose() {
		adapters.dispose();
	}
}
